"""Round 25 (helper r): name forms and reference data, each rule on small invented sentences (no corpus text)."""

from __future__ import annotations

from pipeline.people import name_runs, resolve_run, strip_honorifics
from pipeline.sentences import split_sentences
from tests.extraction.conftest import attendee_set, extract_text


def _runs(text: str) -> list[str]:
    return [run for _, _, run in name_runs(text, 0, [])]


def _who(ref, run: str, day: str, role: str | None = None, place: str | None = None) -> str | None:
    return resolve_run(ref, run, role, place, day, []).canonical


def test_dotted_initials_before_a_name_do_not_end_the_sentence():
    text = "Ruritania sent its envoy P.V. Narasimha Rao to the talks. He spoke first."
    assert [s.text for s in split_sentences(text)] == ["Ruritania sent its envoy P.V. Narasimha Rao to the talks.",
                                                        "He spoke first."]
    # a word that starts sentences after them: a full stop
    text = "The envoy flew in from Washington D.C. The talks began at noon."
    assert len(split_sentences(text)) == 2


def test_dotted_initials_stay_in_the_name_run():
    assert "P.V. Narasimha Rao" in _runs("Envoy P.V. Narasimha Rao arrived on Monday.")
    assert not any("The" in r for r in _runs("Officials in the U.K. The ministers met."))


def test_dotted_initials_resolve(ref):
    assert _who(ref, "A.Q.M. Badruddoza Chowdhury", "2002-01-15") == "A. Q. M. Badruddoza Chowdhury"


def test_gulf_styles_are_stripped():
    assert strip_honorifics("Highness Sheikh Mansour bin Zayed Al Nahyan") == "Mansour bin Zayed Al Nahyan"
    assert strip_honorifics("HRH Prince Faisal bin Farhan") == "Faisal bin Farhan"
    assert strip_honorifics("Royal Highness Prince Faisal bin Farhan") == "Faisal bin Farhan"
    assert strip_honorifics("Majesty Sultan Haitham") == "Sultan Haitham"
    assert strip_honorifics("Sayyed Badr Albusaidi") == "Badr Albusaidi"
    assert strip_honorifics("Highness") == "Highness"  # a style alone is left as it is


def test_a_style_that_is_part_of_an_alias_is_kept(ref):
    assert _who(ref, "Prince Albert II", "2015-06-01") == "Albert II, Prince of Monaco"
    assert _who(ref, "Sheikh Zayed", "1995-06-01") == "Zayed bin Sultan Al Nahyan"


def test_a_longer_lineage_resolves_to_the_shorter_name(ref):
    assert _who(ref, "Sheikh Tamim bin Hamad bin Khalifa Al Thani", "2019-06-01") == "Tamim bin Hamad Al Thani"
    assert _who(ref, "Sayyid Badr bin Hamad bin Hamood Albusaidi", "2022-06-01") == "Badr Albusaidi"
    # the family name written must be the found person's: another family is another man
    assert _who(ref, "Sheikh Mansour bin Zayed Al Khalifa", "2022-06-01") is None
    assert _who(ref, "Sheikh Mansour bin Zayed bin Hamad Al Khalifa", "2022-06-01") is None


def test_a_title_and_first_name_pick_the_holder_so_called(ref):
    # two crown princes in 2003; only the Saudi one is called Abdullah (the Kuwaiti one is a son of Abdullah)
    assert _who(ref, "Abdullah", "2003-06-01", role="Crown Prince") == "Abdullah of Saudi Arabia"


def test_a_title_word_before_the_name_is_not_part_of_it(ref):
    assert "Smail Chergui" in _runs("AU Commissioner Smail Chergui briefed the council.")
    assert "Ruslan Mirzayev" in _runs("RATS Executive Committee Director Ruslan Mirzayev attended.")
    assert "Lena Vos" in _runs("Executive Director Lena Vos attended.")
    # the body an official heads, before the name: 'Director of the ... Structure X Y'
    assert "Lena Vos" in _runs("The head of the Eurasian Stabilisation Fund Lena Vos attended.")
    assert "Ruslan Mirzayev" in _runs("The director of the Regional Anti-Terrorist Structure Ruslan Mirzayev spoke.")
    # a body's name alone stays whole
    assert "Eurasian Stabilisation Fund" in _runs("The Eurasian Stabilisation Fund lent more.")


def test_officials_of_organisations_have_their_offices(ref):
    assert _who(ref, "Jan Eliasson", "2014-06-01") == "Jan Eliasson"
    assert ref.offices_of("sw:jan-eliasson", "2014-06-01")[0].place == "United Nations"
    assert {o.place for o in ref.offices_of("sw:andrew-crockett", "2001-06-01")} == {"Financial Stability Board"}
    assert {o.place for o in ref.offices_of("sw:smail-chergui", "2016-06-01")} == {"African Union"}
    assert {o.place for o in ref.offices_of("sw:elizabeth-ii", "2015-06-01")} == {"United Kingdom",
                                                                                 "Commonwealth of Nations"}


def test_an_omani_deputy_prime_minister_written_with_his_style(ref, tmp_path):
    text = ("Gulf leaders gather in Kuwait\n\n"
            "Leaders of the Gulf Cooperation Council met in Kuwait City on Tuesday for their annual summit. "
            "Oman was represented by Sayyid Fahd bin Mahmood Al Said, who attended on behalf of the Sultan.\n")
    out = extract_text(ref, tmp_path, text, "2019-12-10")
    assert ("Fahd bin Mahmoud Al Said", "Oman", "attended") in attendee_set(out)


def test_a_commissioner_of_the_summit_organisation_is_found(ref, tmp_path):
    text = ("Union leaders open summit\n\n"
            "African Union leaders opened their summit in Addis Ababa on Sunday. "
            "AU Commissioner for Peace and Security Smail Chergui presented the council's report to the leaders.\n")
    out = extract_text(ref, tmp_path, text, "2016-01-31")
    assert ("Smaïl Chergui", "African Union", "attended") in attendee_set(out)
