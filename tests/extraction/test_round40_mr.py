"""Round 40 (helper MR): membership told as a history, a tier list or a walk-out (pipeline/membership_histories.py).

Founders through a founding act or a first meeting's guest list; accessions continuing a history without the word
'join' (adverbial, participial, passive and elliptical); a tier noun with an inclusive lead and a superlative tier
apposition; an exit told as a walk-out. Every sentence is invented for this file; near-miss negatives follow each family."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text, member_set

# organisation: (name as written, summit city)
ORGS = {
    "NATO": ("NATO", "Vilnius"),
    "ASEAN": ("ASEAN", "Vientiane"),
    "EU": ("EU", "Brussels"),
    "G7": ("G7", "Hiroshima"),
    "BRICS": ("BRICS", "Kazan"),
    "SCO": ("SCO", "Astana"),
    "Mercosur": ("Mercosur", "Montevideo"),
    "AU": ("AU", "Addis Ababa"),
    "CIS": ("CIS", "Minsk"),
    "OTS": ("OTS", "Astana"),
    "G20": ("G20", "Rio de Janeiro"),
}
PUBLISHED = "2024-10-18"


def _members(ref, tmp_path, org: str, text: str) -> set[tuple]:
    name, city = ORGS[org]
    body = f"{name} summit opens in {city}\n\n{name} leaders met in {city} on Friday. {text}\n"
    return member_set(extract_text(ref, tmp_path, body, PUBLISHED))


def _m(names: str, status: str = "member") -> set[tuple]:
    return {(n.strip(), status) for n in names.split(",")}


# (organisation, text, expected (country, status) pairs)
FOUNDING = [
    # the act founded by or under, signed by the founders
    ("OTS", "The organisation was established in 2009 under the Ankara Accord signed by Azerbaijan, Kazakhstan and Kyrgyzstan.",
     _m("Azerbaijan,Kazakhstan,Kyrgyzstan")),
    ("EU", "The bloc grew out of the Treaty of Rome, signed in 1957 by France, Italy, Belgium and the Netherlands.",
     _m("France,Italy,Belgium,Netherlands")),
    ("Mercosur", "The bloc was created by the Treaty of Asuncion, which Argentina, Brazil, Paraguay and Uruguay signed in 1991.",
     _m("Argentina,Brazil,Paraguay,Uruguay")),
    ("ASEAN", "The Bangkok Declaration, signed by Indonesia, Malaysia, Singapore and Thailand in 1967, created the association.",
     _m("Indonesia,Malaysia,Singapore,Thailand")),
    ("CIS", "The grouping traces its roots to the Belovezha Accords signed by Belarus, Russia and Ukraine.",
     _m("Belarus,Russia,Ukraine")),
    # a first meeting's guest list
    ("G7", "The club began in 1975, when the French president invited the leaders of Germany, Japan, Britain and Italy.",
     _m("Germany,Japan,United Kingdom,Italy")),
    ("G7", "The grouping traces its roots to a 1975 meeting at which the leaders of France, Japan and the United States sat down "
           "at a chateau.", _m("France,Japan,United States")),
    ("BRICS", "The leaders of Brazil, Russia, India and China were invited to the inaugural summit in Yekaterinburg.",
     _m("Brazil,Russia,India,China")),
    ("G7", "It began as a fireside chat of five in 1975, when the leaders of Britain, Japan and Italy met at a chateau.",
     _m("United Kingdom,Japan,Italy")),
]

ACCESSIONS = [
    # adverbial and elliptical continuations of a history in the sentence before
    ("NATO", "Twelve nations founded the alliance in 1949. Greece and Turkey came in three years later, Germany in 1955 and "
             "Spain, the most recent newcomer, in 1982.", _m("Greece,Turkey,Germany,Spain")),
    ("ASEAN", "ASEAN was established in 1967 by Indonesia, Malaysia, the Philippines, Singapore and Thailand. Brunei came in in 1984, "
              "Vietnam in 1995 and Laos and Myanmar two years later.", _m("Brunei,Vietnam,Laos,Myanmar")),
    ("EU", "The bloc was founded in 1957 by France and Italy. Denmark, Ireland and Britain came aboard in 1973, "
           "then Greece in 1981.", _m("Denmark,Ireland,United Kingdom,Greece")),
    ("CIS", "The grouping was set up in 1991 by the leaders of Belarus, Russia and Ukraine. Most other republics joined weeks "
            "later, with Georgia following in 1993.", _m("Georgia")),
    ("G7", "The club began in 1975, when the French president invited the leaders of Germany, Japan, Britain and Italy; Canada "
           "was brought in by the Americans the following year.", _m("Canada")),
    ("NATO", "The alliance was founded in 1949. The founders were joined a few years later by Greece and Turkey.",
     _m("Greece,Turkey")),
    ("EU", "Austria, Finland and Sweden joined the union in 1995. Ten more states followed in 2004, among them Poland and Hungary.",
     _m("Poland,Hungary")),
    ("Mercosur", "The bloc was created by the Treaty of Asuncion, which Argentina, Brazil, Paraguay and Uruguay signed in 1991. "
                 "Venezuela was let in in 2012 and Bolivia a decade later.", _m("Venezuela,Bolivia")),
    ("NATO", "Finland became a member in 2023, and Sweden the following year.", _m("Sweden")),
    ("EU", "Austria, Finland and Sweden joined the union in 1995, then Poland, Hungary and Slovakia in 2004.",
     _m("Poland,Hungary,Slovakia")),
    ("NATO", "Montenegro joined the alliance in 2017 and North Macedonia three years later.", _m("North Macedonia")),
]

TIERS = [
    # a tier noun with an inclusive lead
    ("SCO", "The organisation's dialogue partners, which include Nepal, Cambodia and Sri Lanka, were not invited.",
     _m("Nepal,Cambodia,Sri Lanka", "dialogue_partner")),
    ("SCO", "Several observer states, among them Mongolia and Afghanistan, sent delegations.",
     _m("Mongolia,Afghanistan", "observer")),
    ("EU", "The union's candidate countries, among them Moldova, Albania and Serbia, were invited to a dinner.",
     _m("Moldova,Albania,Serbia", "candidate")),
    ("BRICS", "The bloc's partner countries, which include Bolivia and Cuba, will attend the outreach session.",
     _m("Bolivia,Cuba", "partner")),
    ("SCO", "Its observers, notably Mongolia, have long sought a bigger role.", _m("Mongolia", "observer")),
    ("SCO", "The wider circle - the dialogue partners, which include Turkey, Egypt and Qatar - met separately.",
     _m("Turkey,Egypt,Qatar", "dialogue_partner")),
    # a superlative or ordinal tier apposition, after or before the state
    ("SCO", "Mongolia, the organisation's longest-standing observer, sent a deputy prime minister.", _m("Mongolia", "observer")),
    ("SCO", "Its newest dialogue partner, Bahrain, sent an envoy.", _m("Bahrain", "dialogue_partner")),
    ("SCO", "Belarus, the bloc's first observer state to seek full membership, was represented by its premier.",
     _m("Belarus", "observer")),
    # the tier noun after the organisation's name, said of a state or its capital
    ("SCO", "Ankara has been an SCO dialogue partner since 2012.", _m("Turkey", "dialogue_partner")),
    ("OTS", "Hungary became an OTS observer in 2018, the first EU state to do so.", _m("Hungary", "observer")),
    ("SCO", "Cairo remains an SCO dialogue partner, officials said.", _m("Egypt", "dialogue_partner")),
]

# member bodies counted in with a share of the world's states
BODIES = [
    ("G20", "The group unites 19 of the world's major economies and the African Union.", _m("African Union")),
    ("G20", "The forum brings together 19 of the world's largest economies plus the European Union.", _m("European Union")),
]

EXITS = [
    ("AU", "The admission of Western Sahara in 1984 led Morocco to walk out of the continental body.", _m("Morocco", "left")),
    ("AU", "Morocco's walkout from the organisation in 1984 still rankles.", _m("Morocco", "left")),
    ("CIS", "The row prompted Georgia to storm out of the grouping in 2008.", _m("Georgia", "left")),
]


@pytest.mark.parametrize(("org", "text", "want"), [pytest.param(*c, id=f"{i}-{c[0]}") for i, c in
                                                   enumerate(FOUNDING + ACCESSIONS + TIERS + BODIES + EXITS)])
def test_history_tier_and_exit_statuses(ref, tmp_path, org, text, want):
    assert want <= _members(ref, tmp_path, org, text)


# (organisation, text, (country, status) pairs that must not be reported)
NEGATIVES = [
    # another organisation's founders; a treaty signed by non-members; a verb whose object is not the act
    ("NATO", "The EU was founded under the Treaty of Rome signed by Belgium and Luxembourg.", _m("Belgium,Luxembourg")),
    ("NATO", "The Paris Agreement, signed by Fiji, Chile and Peru in 2016, set targets for emissions.", _m("Fiji,Chile,Peru")),
    ("NATO", "A fund was set up to implement the Minsk Agreement signed by Russia and Ukraine.", _m("Russia,Ukraine")),
    # a crisis, not an organisation, began; another body's first meeting; a first summit's presence alone
    ("G7", "The crisis began in 2008, when the leaders of Peru and Chile met in Lima.", _m("Peru,Chile")),
    ("BRICS", "The leaders of Chile and Peru were invited to the first meeting of the G20 finance ministers.", _m("Chile,Peru")),
    ("ASEAN", "The association's first summit, in Bali in 1976, brought together the leaders of Fiji and Nepal.", _m("Fiji,Nepal")),
    ("G7", "It began on Saturday morning, when the leaders of India and Brazil met the hosts.", _m("India,Brazil")),
    # 'came in second', an accession-shaped verb with no history around it, or another act after a history
    ("NATO", "The alliance was founded in 1949. Russia entered Ukraine in 2014 and Belarus followed in 2022 with troops.",
     _m("Belarus")),
    ("G7", "The club began in 1975. Norway came in second in the rankings, and Peru in third.", _m("Norway,Peru")),
    ("NATO", "Chile followed in 2019 with its own climate plan.", _m("Chile")),
    ("ASEAN", "The bloc was founded in 1967. Peru followed in 1997 with a currency crisis.", _m("Peru")),
    # 'such as' lists of non-members; a state's own partners; trade partners
    ("SCO", "China's trade partners, such as Vietnam and Brazil, watched closely.",
     _m("Vietnam,Brazil", "partner") | _m("Vietnam,Brazil", "dialogue_partner")),
    ("SCO", "Major powers such as Japan and Germany were not invited.", _m("Japan,Germany", "observer")),
    ("SCO", "Russia and its newest partner, Niger, signed a deal.", _m("Niger", "partner")),
    ("SCO", "Several guest states, among them Laos and Oman, sent envoys.", _m("Laos,Oman", "observer")),
    # walk-outs of a hall or a session; an exit only spoken of
    ("AU", "Kenya's delegation walked out of the summit hall in protest.", _m("Kenya", "left")),
    ("AU", "Ghana walked out of the union's session in 2019.", _m("Ghana", "left")),
    ("AU", "The row led Nigeria to walk out of the meeting.", _m("Nigeria", "left")),
    ("CIS", "The summit opened amid warnings from Georgia that it may quit the grouping.", _m("Georgia", "left")),
    # an observer at an election; a share of the world's states with no body after it
    ("SCO", "Norway is an EU observer at the election.", _m("Norway", "observer")),
    ("G20", "The forum brings together 19 of the world's largest economies, which account for most trade.", set()),
    # an associate member is no full member
    ("EU", "Its associate members, such as Norway, were not invited.", _m("Norway")),
]


@pytest.mark.parametrize(("org", "text", "unwanted"), [pytest.param(*c, id=f"{i}-{c[0]}") for i, c in enumerate(NEGATIVES)])
def test_near_misses_give_nothing(ref, tmp_path, org, text, unwanted):
    assert not unwanted & _members(ref, tmp_path, org, text)
