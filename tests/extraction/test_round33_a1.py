"""Attendance from rosters and arrivals in prose (round 33, A1), each family on small invented articles.

Families: a copular roster after a framing phrase ('Besides A, they are X, Y'), 'X and Y are coming, as is Z', a
meeting that 'brought together' its members, verb-first arrivals after any 'from' phrase, acts only done at the
summit (chairing its sessions, the family photo, a debut, chatting at its reception, 'at the business summit, where'),
one's own intent at the summit ('will push allies to', 'has said he will tell the summit'), a speaker on arrival, an
arrival dated in an aside, a roster in the host city, and a present participle's tense in a preview. Near misses:
the same words about another place or time, an absence from the photo, elections 'coming', a general plea to allies.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import attendee_set, extract_text

# a preview of an SCO summit (published a week before), a report of an APEC meeting, NATO report and preview
_SCO = ("SCO summit\n\nLeaders of the Shanghai Cooperation Organisation will meet in Astana on July 3-4 for their "
        "annual summit. ", "2024-06-26")
_APEC = ("APEC summit\n\nAPEC leaders met in Lima on Saturday and adopted a declaration on trade. ",
         "2024-11-17")
_NATO = ("NATO summit\n\nNATO leaders met in Vilnius on Tuesday and agreed new defence plans. ", "2023-07-12")
_NATO_AHEAD = ("NATO summit ahead\n\nNATO leaders will meet in Vilnius next Tuesday for a two-day summit. ",
               "2023-07-05")


def _run(ref, tmp_path, frame: tuple[str, str], sentence: str) -> set[tuple]:
    head, published = frame
    return attendee_set(extract_text(ref, tmp_path, head + sentence + "\n", published))


# --- a copular roster after a framing phrase -----------------------------------------------------------------------

@pytest.mark.parametrize(("frame", "sentence", "expected"), [
    (_SCO, "Besides Tokayev, they are Chinese President Xi Jinping, Kyrgyz President Sadyr Japarov and Tajik "
           "President Emomali Rahmon.",
     {("Xi Jinping", "China", "expected"), ("Sadyr Japarov", "Kyrgyzstan", "expected"),
      ("Emomali Rahmon", "Tajikistan", "expected")}),
    (_SCO, "In addition to Xi, the other leaders in Astana will be Tajik President Emomali Rahmon and Kyrgyz "
           "President Sadyr Japarov.",
     {("Emomali Rahmon", "Tajikistan", "expected"), ("Sadyr Japarov", "Kyrgyzstan", "expected")}),
    (_APEC, "Aside from Xi and Albanese, the leaders at the summit were Chilean President Gabriel Boric and "
            "Japanese Prime Minister Shigeru Ishiba.",
     {("Gabriel Boric", "Chile", "attended"), ("Shigeru Ishiba", "Japan", "attended")}),
    (_SCO, "Turkish President Recep Tayyip Erdogan and Mongolian President Ukhnaagiin Khurelsukh are coming, as is "
           "Azerbaijani President Ilham Aliyev.",
     {("Recep Tayyip Erdoğan", "Turkey", "expected"), ("Ilham Aliyev", "Azerbaijan", "expected")}),
    (_SCO, "Mongolian President Ukhnaagiin Khurelsukh is also coming to the summit.",
     {("Ukhnaagiin Khürelsükh", "Mongolia", "expected")}),
])
def test_a_copular_roster_after_a_framing_phrase(ref, tmp_path, frame, sentence, expected):
    assert expected <= _run(ref, tmp_path, frame, sentence)


@pytest.mark.parametrize(("frame", "sentence", "person"), [
    # the verb 'coming' of something else
    (_NATO, "Elections are coming in Turkey, where President Recep Tayyip Erdogan faces a tough race.",
     "Recep Tayyip Erdoğan"),
    (_NATO, "Turkish President Recep Tayyip Erdogan is coming under pressure at home over inflation.",
     "Recep Tayyip Erdoğan"),
    # a framing phrase with no roster after it
    (_NATO, "Besides the budget, they discussed what Turkish President Recep Tayyip Erdogan had told Ankara's "
            "parliament in 2019.", "Recep Tayyip Erdoğan"),
])
def test_coming_and_besides_of_something_else_are_no_attendance(ref, tmp_path, frame, sentence, person):
    assert not any(p == person and st != "absent" for p, _, st in _run(ref, tmp_path, frame, sentence))


# --- a meeting that brought its members together; arrivals told with the verb first ---------------------------------

@pytest.mark.parametrize(("frame", "sentence", "expected"), [
    (_APEC, "The leaders' retreat at the seaside resort brought together Chinese President Xi Jinping, Chile's "
            "Gabriel Boric and Japan's Shigeru Ishiba.",
     {"Xi Jinping", "Gabriel Boric", "Shigeru Ishiba"}),
    (_APEC, "A working dinner at the presidential palace brought together Chinese President Xi Jinping and "
            "Chilean President Gabriel Boric.", {"Xi Jinping", "Gabriel Boric"}),
    (_NATO, "From the Nordic flank came Danish Prime Minister Mette Frederiksen, Norway's Jonas Gahr Store and "
            "Finland's President Sauli Niinisto, whose country joined the alliance in April.",
     {"Mette Frederiksen", "Jonas Gahr Støre", "Sauli Niinistö"}),
    (_NATO, "From the far south of the alliance came Portuguese Prime Minister Antonio Costa.", {"António Costa"}),
])
def test_a_gathering_and_verb_first_arrivals_attend(ref, tmp_path, frame, sentence, expected):
    assert {(p, "attended") for p in expected} <= {(p, st) for p, _, st in _run(ref, tmp_path, frame, sentence)}


@pytest.mark.parametrize("sentence", [
    "A pipeline deal in 2015 brought together Turkish President Recep Tayyip Erdogan and business leaders in Ankara.",
    "Turkish President Recep Tayyip Erdogan met Hungarian Prime Minister Viktor Orban in Ankara last year, bringing "
    "together two old partners.",
    # a verb-first arrival somewhere else, in the past
    "From the Black Sea coast came news that Turkish President Recep Tayyip Erdogan had called Moscow in 2022.",
])
def test_bringing_together_without_the_meeting_is_no_attendance(ref, tmp_path, sentence):
    out = _run(ref, tmp_path, _NATO, sentence)
    assert not any(p == "Recep Tayyip Erdoğan" and st != "absent" for p, _, st in out)


# --- acts only done at the summit -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("frame", "sentence", "person"), [
    (_APEC, "President Dina Boluarte chaired both sessions of the leaders' retreat.", "Dina Boluarte"),
    (_APEC, "Chilean President Gabriel Boric chaired all three sessions on climate.", "Gabriel Boric"),
    (_APEC, "The main event came on Friday at the APEC CEO Summit, where Chilean President Gabriel Boric and "
            "Chinese President Xi Jinping spoke one after the other.", "Xi Jinping"),
    (_APEC, "Chinese President Xi Jinping and Chilean President Gabriel Boric exchanged a few words during the "
            "group photo session.", "Xi Jinping"),
    (_NATO, "Sunak, who stood at the far end of the family photo, shrugged it off.", "Rishi Sunak"),
    (_APEC, "New Zealand's Christopher Luxon made his international debut less than a year after taking office.",
     "Christopher Luxon"),
    (_NATO, "Dutch premier Mark Rutte chatting at the palace reception.", "Mark Rutte"),
    (_NATO, "Latvia's President Edgars Rinkevics scored a diplomatic win when the summit adopted his proposal.",
     "Edgars Rinkēvičs"),
    (_NATO, "U.S. President Joe Biden pressed his partners to follow suit.", "Joe Biden"),
])
def test_acts_done_at_the_summit_attend(ref, tmp_path, frame, sentence, person):
    assert any(p == person and st == "attended" for p, _, st in _run(ref, tmp_path, frame, sentence))


@pytest.mark.parametrize(("frame", "sentence", "person"), [
    (_NATO, "German Chancellor Olaf Scholz missed the opening session and the family photo altogether.",
     "Olaf Scholz"),
    (_NATO, "Biden urged allies to spend more on defence in a speech in Washington last year.", "Joe Biden"),
    (_NATO, "Hungarian Prime Minister Viktor Orban chatted with reporters at a Budapest reception in 2019.",
     "Viktor Orbán"),
])
def test_the_same_acts_elsewhere_or_missed_are_no_attendance(ref, tmp_path, frame, sentence, person):
    assert not any(p == person and st == "attended" for p, _, st in _run(ref, tmp_path, frame, sentence))


# --- in a preview: one's own intent, arrivals, the host city ----------------------------------------------------------

@pytest.mark.parametrize(("sentence", "person"), [
    ("British Prime Minister Rishi Sunak will push allies to spend more on defence.", "Rishi Sunak"),
    ("Prime Minister Justin Trudeau has said he will tell the summit that Ottawa will send more troops.",
     "Justin Trudeau"),
    ("German Chancellor Olaf Scholz, who arrives on Monday evening, said last month that Kyiv should wait.",
     "Olaf Scholz"),
    ("Dutch Prime Minister Mark Rutte said on arriving in Vilnius on Monday that the alliance must hold.",
     "Mark Rutte"),
    ("Their prime ministers, Mark Rutte and Jonas Gahr Store, are in Vilnius.", "Jonas Gahr Støre"),
    ("Their prime ministers, Mark Rutte and Jonas Gahr Store, are in Vilnius.", "Mark Rutte"),
])
def test_a_preview_s_intents_and_arrivals_are_expected(ref, tmp_path, sentence, person):
    out = _run(ref, tmp_path, (_NATO_AHEAD[0], "2023-07-10" if "Vilnius" in sentence else _NATO_AHEAD[1]), sentence)
    assert any(p == person and st == "expected" for p, _, st in out)


def test_the_host_hosting_the_summit_in_a_preview_is_expected_not_attended(ref, tmp_path):
    out = _run(ref, tmp_path, _NATO_AHEAD, "Lithuanian President Gitanas Nauseda, hosting the largest summit in "
                                           "the alliance's history, said the meeting showed how far his country had "
                                           "come since it joined NATO in 2004.")
    assert ("Gitanas Nausėda", "Lithuania", "expected") in out
    assert ("Gitanas Nausėda", "Lithuania", "attended") not in out


def test_attending_a_first_summit_in_a_preview_is_expected(ref, tmp_path):
    out = _run(ref, tmp_path, _NATO_AHEAD, "Latvian President Edgars Rinkevics, attending his first summit as head "
                                           "of state, said Riga had waited for this since it joined in 2004.")
    assert ("Edgars Rinkēvičs", "Latvia", "expected") in out
    assert ("Edgars Rinkēvičs", "Latvia", "attended") not in out


def test_a_participle_in_a_report_keeps_its_past(ref, tmp_path):
    out = _run(ref, tmp_path, _NATO, "Lithuanian President Gitanas Nauseda, hosting the largest summit in the "
                                     "alliance's history, said the meeting showed how far his country had come.")
    assert ("Gitanas Nausėda", "Lithuania", "attended") in out


def test_a_speaker_on_arrival_in_a_report_attends(ref, tmp_path):
    out = _run(ref, tmp_path, _NATO, "Hungarian Prime Minister Viktor Orban told reporters on arrival that he "
                                     "would not block the deal.")
    assert ("Viktor Orbán", "Hungary", "attended") in out


@pytest.mark.parametrize(("sentence", "person"), [
    # another city
    ("Their prime ministers, Mark Rutte and Jonas Gahr Store, are in Washington.", "Mark Rutte"),
    # a speaker quoted from elsewhere, with no arrival
    ("Dutch Prime Minister Mark Rutte said in The Hague last month that the alliance must hold.", "Mark Rutte"),
    # an arrival somewhere else in an aside, dated to the past
    ("German Chancellor Olaf Scholz, who arrived in Beijing last year, said trade must grow.", "Olaf Scholz"),
    # a plea not to the summit's company
    ("British Prime Minister Rishi Sunak will push voters to back him at the next election.", "Rishi Sunak"),
])
def test_a_preview_s_near_misses_are_no_attendance(ref, tmp_path, sentence, person):
    out = _run(ref, tmp_path, (_NATO_AHEAD[0], "2023-07-10"), sentence)
    assert not any(p == person and st != "absent" for p, _, st in out)

