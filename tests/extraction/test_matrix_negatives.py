"""Negative sentences: names beside an attendance or membership cue that a careless extractor would claim.

Each case is a tiny invented article (headline, a sentence that fixes the summit, then the sentence under test)
in the style of a wire, a broadsheet or a state agency. The person or state named is not at this summit (or not a
candidate), for a reason the sentence gives: an envoy's principal, a greeter at the airport, a leader at another
meeting, one bound for next year's summit or another place, the chair of another body, a leader whose state was
not invited, the actor of a clause that only explains someone else's absence, the person a bid is pressed on.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text

SUMMITS = {
    "brics": ("BRICS leaders meet in Johannesburg\n\nThe 15th BRICS summit opened in Johannesburg on Tuesday, "
              "August 22, 2023.", "2023-08-23"),
    "g20": ("G20 leaders gather in New Delhi\n\nThe G20 summit opened in New Delhi on Saturday, September 9, 2023.",
            "2023-09-10"),
    "nato": ("NATO leaders meet in Vilnius\n\nThe NATO summit opened in Vilnius on Tuesday, July 11, 2023.", "2023-07-12"),
    "au": ("African Union summit opens in Addis Ababa\n\nThe African Union summit opened in Addis Ababa on Saturday, "
           "February 17, 2024.", "2024-02-18"),
    "americas": ("Summit of the Americas opens in Los Angeles\n\nThe Summit of the Americas opened in Los Angeles on "
                 "Wednesday, June 8, 2022.", "2022-06-09"),
    "arab": ("Arab League summit opens in Jeddah\n\nThe Arab League summit opened in Jeddah on Friday, May 19, 2023.",
             "2023-05-20"),
}

# (summit, sentence, a name that must not be claimed as present or expected)
NOT_PRESENT = [
    # an envoy's principal
    ("g20", "A representative of UN Secretary-General António Guterres read out a short address to the leaders.",
     "Guterres"),
    ("brics", "Delegates later heard a message from Pope Francis, read by the Vatican's ambassador.", "Francis"),
    ("nato", "Zelensky's special envoy briefed the allies on the counter-offensive.", "Zelensky"),
    ("au", "An envoy of Russian President Vladimir Putin attended the opening session as an observer.", "Putin"),
    # a greeter at the airport
    ("brics", "Lula was welcomed at the airport by South African Foreign Minister Naledi Pandor.", "Pandor"),
    ("g20", "On landing, Sunak was greeted at Palam airport by Indian minister Rajeev Chandrasekhar.", "Chandrasekhar"),
    ("au", "At the airport the Kenyan leader was received by Ethiopian Prime Minister Abiy Ahmed on Friday.", "Abiy"),
    # another organisation's meeting the same week
    ("g20", "On the G7 sidelines in Hiroshima in May, Modi met Ukrainian President Volodymyr Zelensky.", "Zelensky"),
    ("brics", "Iranian President Ebrahim Raisi also flew in for the SCO meeting, but had no role in the BRICS talks.",
     "Raisi"),
    ("au", "Talks attended by Kenyan President William Ruto were held on the sidelines of an extraordinary summit of "
           "the East African Community.", "Ruto"),
    ("brics", "The G7 leaders - Joe Biden, Rishi Sunak and Fumio Kishida - issued a statement on grain exports.",
     "Kishida"),
    ("g20", "It met in place of the G8 summit that President Vladimir Putin had been due to host in Sochi.", "Putin"),
    # the next summit, another place
    ("g20", "An aide said President Lula planned to attend the summit in Rio de Janeiro next year.", "Lula"),
    ("nato", "Japanese Prime Minister Fumio Kishida would travel to the next summit, officials in Tokyo said.", "Kishida"),
    ("brics", "Macron is also due in Washington on Friday, a schedule that rules out a stop in South Africa.", "Macron"),
    ("g20", "Erdogan was expected in Baku later in the week for talks on the Caucasus.", "Erdoğan"),
    # the chair of another body
    ("g20", "The International Monetary Fund, headed by Kristalina Georgieva, will publish its outlook next month.",
     "Georgieva"),
    ("nato", "The European Central Bank, led by Christine Lagarde, kept its rates on hold on Thursday.", "Lagarde"),
    # the actor of a clause that explains another's absence
    ("arab", "The Palestinian leader decided against making the trip after Israeli Prime Minister Benjamin Netanyahu "
             "refused to guarantee his return.", "Netanyahu"),
    ("americas", "The Mexican president stayed away because Peruvian President Dina Boluarte had criticised him.",
     "Boluarte"),
    # met elsewhere, spoken to by phone, quoted about, dead or former
    ("brics", "Modi met Xi in Bali last November, their first talks since the border clash.", "Xi"),
    ("nato", "In a phone call with Chinese President Xi Jinping on Tuesday, Macron discussed the war.", "Xi"),
    ("brics", "Former President Jacob Zuma criticised the summit from his home in Nkandla.", "Zuma"),
    ("g20", "The late Shinzo Abe once championed a free and open Indo-Pacific.", "Abe"),
    ("brics", "Hu Jintao attended the first summit in Yekaterinburg in 2009.", "Hu Jintao"),
    ("arab", "Assad's rehabilitation was condemned in Washington, where Secretary of State Antony Blinken said the "
             "move was premature.", "Blinken"),
    ("g20", "Kishida, speaking to reporters in Tokyo, welcomed the outcome of the talks.", "Kishida"),
    ("brics", "Argentine President Alberto Fernández hosted a dinner in Buenos Aires for visiting bankers.", "Fernández"),
    ("arab", "Israeli Prime Minister Benjamin Netanyahu welcomed the decision from Jerusalem.", "Netanyahu"),
    # a side event
    ("brics", "A forum of business leaders from the five countries was held in Sandton on Monday, with the "
              "participation of Indian Commerce Minister Piyush Goyal.", "Goyal"),
    ("g20", "The youth forum opened at a hotel on Friday with the participation of Gabonese President Ali Bongo.",
     "Bongo"),
    ("nato", "Kremlin spokesman Dmitry Peskov told reporters in Moscow that the meeting was hostile.", "Peskov"),
]

# (summit, sentence, a name that must not be claimed at all, even as absent)
NOT_ABSENT = [
    ("americas", "Washington decided not to invite Venezuela, and President Nicolás Maduro will not attend.", "Maduro"),
    ("nato", "Ukrainian President Volodymyr Zelensky, who had sought an invitation, was not present.", "Zelensky"),
    ("americas", "Nicaragua was not invited; President Daniel Ortega will not come.", "Ortega"),
]

# (summit, sentence, (country, status) that must not be read as a membership)
NOT_MEMBER = [
    ("brics", "President Alberto Fernández asked Mr. Xi in Beijing in February to back his country's bid to join "
              "the grouping.", ("China", "candidate")),
    ("g20", "At the meeting Modi urged President Ramaphosa to back his country's bid to join the Security Council.",
     ("South Africa", "candidate")),
    ("nato", "Swedish Prime Minister Ulf Kristersson thanked Mr. Biden for backing his country's bid to join the "
             "alliance.", ("United States", "candidate")),
]


def _article(summit: str, sentence: str) -> tuple[str, str]:
    intro, published = SUMMITS[summit]
    return f"{intro} {sentence}\n", published


@pytest.mark.parametrize("summit,sentence,name", NOT_PRESENT)
def test_not_present(ref, tmp_path, summit, sentence, name):
    body, published = _article(summit, sentence)
    out = extract_text(ref, tmp_path, body, published)
    assert not [a for a in out["attendees"] if name in (a["person"] or "") and a["status"] != "absent"]


@pytest.mark.parametrize("summit,sentence,name", NOT_ABSENT)
def test_not_claimed(ref, tmp_path, summit, sentence, name):
    body, published = _article(summit, sentence)
    out = extract_text(ref, tmp_path, body, published)
    assert not [a for a in out["attendees"] if name in (a["person"] or "")]


@pytest.mark.parametrize("summit,sentence,pair", NOT_MEMBER)
def test_not_member(ref, tmp_path, summit, sentence, pair):
    body, published = _article(summit, sentence)
    out = extract_text(ref, tmp_path, body, published)
    assert pair not in {(m["country"], m["status"]) for m in out["members"]}


def test_bidder_is_the_asker(ref, tmp_path):
    body, published = _article("brics", "President Alberto Fernández asked Mr. Xi in Beijing in February to back "
                                        "his country's bid to join the grouping.")
    out = extract_text(ref, tmp_path, body, published)
    assert ("Argentina", "candidate") in {(m["country"], m["status"]) for m in out["members"]}


def test_rotating_chair_keeps_state(ref, tmp_path):
    """'the outgoing AU chairman X of the Comoros': the chair's state, not the organisation, is his country."""
    body, published = _article("au", "The outgoing AU chairman Azali Assoumani of Comoros attended the opening "
                                     "session on Saturday.")
    out = extract_text(ref, tmp_path, body, published)
    assert [a["country"] for a in out["attendees"] if "Assoumani" in (a["person"] or "")] == ["Comoros"]


@pytest.mark.parametrize("summit,sentence,name", [
    ("brics", "Lula was welcomed at the airport by South African Foreign Minister Naledi Pandor.", "Lula"),
    ("nato", "Zelensky's special envoy briefed the allies while Chancellor Olaf Scholz attended the dinner.", "Scholz"),
    ("g20", "Brazilian President Lula attended the summit after his finance minister negotiated the text.", "Lula"),
    ("g20", "Brazilian President Lula took part in the summit's business forum on Saturday.", "Lula"),
    ("brics", "Lula, who flies on to the G20 summit next month, arrived for the BRICS summit on Monday.", "Lula"),
    ("brics", "Chinese President Xi Jinping is expected in Johannesburg on Monday evening.", "Xi"),
    ("arab", "Syrian President Bashar al-Assad arrived in Jeddah on Thursday after the league readmitted Syria.",
     "Assad"),
])
def test_still_present(ref, tmp_path, summit, sentence, name):
    """Positive controls: the rules above leave the person the cue is about."""
    body, published = _article(summit, sentence)
    out = extract_text(ref, tmp_path, body, published)
    assert [a for a in out["attendees"] if name in (a["person"] or "") and a["status"] != "absent"]
