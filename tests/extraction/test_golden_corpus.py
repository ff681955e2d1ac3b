"""The golden corpus: hand-written articles about many summits, scored by the real `summitwatch eval` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import cli_json

CORPUS = Path(__file__).parent / "corpus"
NAMES = sorted(p.stem for p in (CORPUS / "truth").glob("*.json"))
# Corpus-wide floors (micro-averaged), set at the targets.
FLOORS = {"attendees": 0.90, "attendees_status": 0.85, "attending_countries": 0.90, "members": 0.90}
# Per-article floors are lower: one article is small, so one miss moves its F1 a lot.
ARTICLE_FLOOR = 0.6
# Known misses, each with its reason; a category listed here may fall below the floor for that article only.
KNOWN_MISSES = {
    # (session 22, blind rounds 62, 63, 65 and 66)
    "au_addis_2013_jubilee_analysis": {
        "members": "the OAU's founders of 1963 are told as that meeting's history ('Kwame Nkrumah of Ghana pleaded ...; "
                   "Julius Nyerere of Tanganyika, ... signed'), which the rules keep apart from membership",
        "member_countries": "the same, by country",
        "summit_city": "the dateline's paragraph opens on the 1963 meeting in Africa Hall, and the analysis's dateline is "
                       "not taken for the jubilee's city",
    },
    "au_addis_2023_sidelines_brief": {
        "summit_org": "the story's meeting is an East African Community mini-summit on the sidelines of the AU summit; the "
                      "AU, named as the setting, is taken for the summit's body",
        "members": "the EAC's members are read for the wrong body",
        "member_countries": "the same, by country",
    },
    "brics_kazan_2024_history_explainer": {
        "members": "'Egypt, Ethiopia, Iran and the UAE took up membership on New Year's Day' is no cue of entry, so the "
                   "invitation the year before leaves them candidates",
    },
    "chogm_kigali_2022_oped": {
        "members": "members told by comparison ('both, like Mozambique in 1995 and Rwanda in 2009, concluded that a club "
                   "... was worth the subscription'), and 'Zimbabwe, which left in 2003, has applied to come back' read as "
                   "its exit, not a candidacy",
    },
    "cica_astana_2022": {
        "members": "only the span's four ends are read ('CICA's 28 members stretch from Egypt and Israel in the west to "
                   "...'); the rest are the leaders of 'The other member-state leaders' in the next paragraph and the "
                   "chair's state, and Kuwait's admission at this summit is missed",
        "member_countries": "the same, by country",
        "attendees_status": "deputies sent in the leaders' place ('New Delhi's delegation was led by a minister of state') "
                            "after 'was never expected'",
        "summit_city": "the dateline is Almaty, the summit in Astana named only as 'the capital'",
    },
    "cis_minsk_2020_video": {
        "summit_city": "a video summit chaired from Tashkent under a Minsk dateline (the truth names the chair's city)",
    },
    "ecowas_abuja_2021_communique_story": {
        "members": "the truth takes the thirteen states that took part, as the communiqué's member states; the rules do not "
                   "read membership from attendance",
        "member_countries": "the same, by country",
    },
    "g20_osaka_2019_gallery": {
        "members": "the one member labelled is the European Union, told as 'the club of 19 national economies plus the "
                   "European Union' before the captions",
        "member_countries": "the same, by country",
    },
    "g7_carbisbay_2021_sketch": {
        "members": "a sketch: the members are told by nicknames and jokes, not by any status",
        "member_countries": "the same, by country",
        "attendees": "leaders told by nicknames and jokes ('Justin Trudeau brought Canada', 'ScoMo ... was in full "
                     "good-bloke mode')",
        "attendees_status": "the same, with status",
        "attending_countries": "the same, by country",
    },
    "nato_london_2019_hotmic": {
        "summit_city": "the working session at a resort near Watford, the dateline's city; the truth names London",
    },
    "nato_madrid_2022_backtoback": {
        "members": "the allies are told only as 'Six of the seven G7 governments are NATO allies; Japan is the "
                   "exception', and the Asia-Pacific partners by their leaders",
        "member_countries": "the same, by country",
    },
    "nato_vilnius_2023_transcript": {
        "members": "a broadcast transcript: the members and partners are told in the speakers' own words ('Hungary being "
                   "the other holdout', 'its four Indo-Pacific partners again')",
        "member_countries": "the same, by country",
    },
    "pif_nukualofa_2024": {
        "attendees_status": "an op-ed: leaders told by what they did ('arrived with the week's biggest cheque', 'backed "
                            "it', 'came to Tonga'), and the UN Secretary-General as 'the first to attend since' another",
    },
    "unasur_brasilia_2008_founding": {
        "members": "the founders are the bullets under 'Signing the treaty were:', a signing list read for attendance only",
        "member_countries": "the same, by country",
    },
    # (session 21, blind rounds 59 and 60)
    "celac_caracas_2011_llanostimes": {
        "members": "the 33 founders are a count and a range ('They range from Brazil ... to Saint Kitts and Nevis'); Cuba's "
                   "'will take its seat as a full founding member' comes after an aside naming another body, read as the "
                   "subject; the presidency and troika are not read as membership",
        "member_countries": "the same, by country",
    },
    "apec_lima_ap": {
        "members": "the truth lists no members; the learned reader, with APEC's members now in the reference as its prior, "
                   "reads the lede's 'Chinese leader Xi Jinping ... at the Asia-Pacific Economic Cooperation summit' as "
                   "China's membership",
        "member_countries": "the same, by country",
    },
    "nato_newport_2014_analysis": {
        "summit_city": "the venue is named only as a resort ('at the Celtic Manor resort'); the town is named once, as the "
                       "summit's metonym ('Newport will offer')",
    },
    # (session 20, blind rounds 54, 56 and 57)
    "arab_islamic_riyadh_2023_gulfcourier": {
        "members": "a joint summit of two bodies: the OIC's members are told as 'Iran belongs to the OIC but ... not to the "
                   "Arab League; so do A, B and C', and Russia's observer seat is the OIC's",
        "member_countries": "the same, by country",
    },
    "asean_bali_2003_weekly": {
        "summit_city": "the truth names the island, Bali; the report's venue town, Nusa Dua, is read as the city (the "
                       "development corpus labels Bali summits both ways)",
    },
    "csce_helsinki_1975_ledger": {
        "members": "the members are told as 'the United States and Canada together with every country in Europe but "
                   "one': a whole continent, not a list",
        "member_countries": "the same, by country",
    },
    "osce_lisbon_1996_irishtimes": {
        "attending_countries": "leaders told only by their acts ('threatened to block the entire text', 'refused to "
                               "accept them', 'spoke on behalf of the European Union'), and a vice-president's stand-in "
                               "whose name the reference lacks in that office",
    },
    "g7_bonn_1978_courier": {
        "members": "the founders are told as 'the summits began at Rambouillet in 1975, when X invited A, B and the leaders "
                   "of C, D and E': an invitation, not a founding",
        "member_countries": "the same, by country",
    },
    "osce_astana_2010_steppe": {
        "members": "'admitted to the OSCE's predecessor, the CSCE, in 1992', an Asian partner named through its president's "
                   "appositive, and 'the partners' ranks also include X' are not read",
        "member_countries": "the same, by country",
    },
    "au_addis_2013": {
        "attendees_status": "a preview's present-tense guest list ('the guest list includes A; B; C') is read as attended, "
                            "and the president's delegation ('accompanied by') is not read",
    },
    "csto_2020_virtual": {
        "summit_city": "a video summit with no venue (the truth gives no city): Moscow, named for the chair's residence "
                       "outside it, is taken as the city",
    },
    "g20_hamburg_2017": {
        "members": "the 19 members and the EU are implied only by the leaders at the table, set against 'non-members'",
        "member_countries": "the same, by country",
    },
    "au_niamey_2019": {
        "members": "three are implied across sentences ('the signatures bring the number that signed to 54', 'Only "
                   "Eritrea is yet to sign'); signing a treaty of the union is not read as membership",
        "member_countries": "the same three, by country",
    },
    "americas_panama_2015_aq": {
        "members": "the statuses the story tells are the OAS's (Cuba suspended in 1962, Honduras readmitted, Spain and "
                   "China permanent observers), not the summit series' own",
        "member_countries": "the same, by country",
        "summit_city": "Panama City is named only in a byline shared with another city ('Washington / Panama City'); "
                       "the story says 'in Panama'",
    },
    "g7_montebello_1981_citizen": {
        "members": "the seven are told as the guests of the first meeting ('asked the leaders of A, B and C to "
                   "Rambouillet'), with no word of founding",
        "member_countries": "the same, by country",
        "summit_city": "the venue is the Chateau Montebello, a town the gazetteer lacks; the dateline is Ottawa",
    },
    "g7_versailles_1982_guardian": {
        "attendees": "the arrivals are a roll told verb first across a semicolon list ('Up the steps, in order, came A; B; "
                     "...') and the ministers are listed by country ('For the United States these are X and Y')",
        "attendees_status": "the same",
    },
    "aes_niamey_2024_africareport": {
        "summit_org": "ECOWAS, which the three states left, is named more often than the confederation, which the story "
                      "mostly calls 'the confederation' in lower case",
    },
    "au_nouakchott_2018": {
        "members": "five are implied by counting ('among the 55 member states'); Morocco only as 'the kingdom, which returned'",
        "member_countries": "the same six, by country",
    },
}


@pytest.fixture(scope="module")
def result() -> dict:
    return cli_json("eval", "--corpus", str(CORPUS))  # type: ignore[return-value]


def test_corpus_has_enough_articles_with_truth():
    assert len(NAMES) >= 12
    for name in NAMES:
        assert (CORPUS / "articles" / f"{name}.txt").exists()
        truth = json.loads((CORPUS / "truth" / f"{name}.json").read_text("utf-8"))
        assert {"summit", "members", "attendees"} <= set(truth)


@pytest.mark.parametrize("category", sorted(FLOORS))
def test_corpus_f1_meets_the_target(result, category):
    assert result["articles"] == len(NAMES)
    assert result["categories"][category]["f1"] >= FLOORS[category], result["categories"][category]


def test_attendee_precision_meets_the_target(result):
    assert result["categories"]["attendees"]["precision"] >= 0.95


def test_known_misses_are_still_misses(result):
    """An exception must go once the rules handle it, so a fixed miss makes this fail."""
    for name, cats in KNOWN_MISSES.items():
        art = next(a for a in result["per_article"] if a["article"] == name)
        assert all(not art[c] if c in ("summit_city", "summit_org") else art["scores"][c] < ARTICLE_FLOOR for c in cats), (
            name, art["scores"])


def test_summit_organisation_city_and_canonical_names(result):
    assert result["summit_organisation"] >= 0.95
    assert result["summit_host_city"] >= 0.95
    assert result["canonical_names"] >= 0.95


@pytest.mark.parametrize("name", NAMES)
def test_each_article_is_mostly_right(result, name):
    art = next(a for a in result["per_article"] if a["article"] == name)
    known = KNOWN_MISSES.get(name, {})
    assert (art["summit_org"] or "summit_org" in known) and (art["summit_city"] or "summit_city" in known), art
    low = {c: f for c, f in art["scores"].items() if f < ARTICLE_FLOOR and c not in known}
    assert not low, (low, art["misses"], art["false_hits"])
