# ruff: noqa: E501  (the country table keeps one country per line)
"""Build seeds/reference/countries.csv from pycountry, countrynames and a hand-checked table.

Run from the repository root:

    .venv/bin/python seeds/reference/build_countries.py
    .venv/bin/python seeds/reference/build_countries.py --add-historic   # only the columns and historical states

The CSV is the shipped artefact; this script documents where its rows come from and lets a
maintainer regenerate them after editing the table below. Sources, in order of trust:

1. ``TABLE`` (this file): the canonical ``name`` (English Wikipedia title, short form), capital,
   demonyms and hand-picked aliases for the 193 UN members plus Vatican City, Palestine, Taiwan
   and Kosovo, and the Sahrawi Arab Democratic Republic (an African Union member); ``HISTORIC_STATES``: the
   Soviet Union, East Germany, Yugoslavia and Czechoslovakia, with the days they began and ended.
2. pycountry: ISO 3166 alpha-2/alpha-3 codes and the ISO name, common name and official name
   (comma-inverted forms such as "Korea, Republic of" are skipped).
3. countrynames' ``data.yaml``: only English long forms ("Republic of ...", "Kingdom of ...")
   survive the filter in ``english_long_forms``; its many non-English spellings are dropped.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pycountry
import yaml

HEADER = ["id", "name", "iso2", "iso3", "aliases", "demonyms", "capital", "since", "until"]
OUT = Path(__file__).with_name("countries.csv")

# iso2;name;capital;demonyms;extra aliases  (multi-values separated by "|")
TABLE = """
AF;Afghanistan;Kabul;Afghan|Afghani;Islamic Emirate of Afghanistan|Islamic Republic of Afghanistan
AL;Albania;Tirana;Albanian;Republic of Albania
DZ;Algeria;Algiers;Algerian;People's Democratic Republic of Algeria
AD;Andorra;Andorra la Vella;Andorran;Principality of Andorra
AO;Angola;Luanda;Angolan;Republic of Angola
AG;Antigua and Barbuda;St. John's;Antiguan|Barbudan;Antigua & Barbuda
AR;Argentina;Buenos Aires;Argentine|Argentinian;Argentine Republic
AM;Armenia;Yerevan;Armenian;Republic of Armenia
AU;Australia;Canberra;Australian;Commonwealth of Australia
AT;Austria;Vienna;Austrian;Republic of Austria
AZ;Azerbaijan;Baku;Azerbaijani|Azeri;Republic of Azerbaijan
BS;The Bahamas;Nassau;Bahamian;Bahamas|Commonwealth of The Bahamas
BH;Bahrain;Manama;Bahraini;Kingdom of Bahrain
BD;Bangladesh;Dhaka;Bangladeshi;People's Republic of Bangladesh
BB;Barbados;Bridgetown;Barbadian|Bajan;
BY;Belarus;Minsk;Belarusian|Belarussian|Byelorussian;Republic of Belarus|Byelorussia|Byelorussian SSR
BE;Belgium;Brussels;Belgian;Kingdom of Belgium
BZ;Belize;Belmopan;Belizean;
BJ;Benin;Porto-Novo;Beninese;Republic of Benin|Dahomey
BT;Bhutan;Thimphu;Bhutanese;Kingdom of Bhutan
BO;Bolivia;Sucre;Bolivian;Plurinational State of Bolivia
BA;Bosnia and Herzegovina;Sarajevo;Bosnian|Herzegovinian;Bosnia-Herzegovina|Bosnia & Herzegovina|Bosnia
BW;Botswana;Gaborone;Motswana|Batswana|Botswanan;Republic of Botswana
BR;Brazil;Brasília;Brazilian;Federative Republic of Brazil|Brasil
BN;Brunei;Bandar Seri Begawan;Bruneian;Brunei Darussalam|Nation of Brunei
BG;Bulgaria;Sofia;Bulgarian;Republic of Bulgaria
BF;Burkina Faso;Ouagadougou;Burkinabe|Burkinabé;Upper Volta
BI;Burundi;Gitega;Burundian;Republic of Burundi
CV;Cape Verde;Praia;Cape Verdean|Cabo Verdean;Cabo Verde|Republic of Cabo Verde
KH;Cambodia;Phnom Penh;Cambodian|Khmer;Kingdom of Cambodia|Kampuchea
CM;Cameroon;Yaoundé;Cameroonian;Republic of Cameroon
CA;Canada;Ottawa;Canadian;
CF;Central African Republic;Bangui;Central African;CAR
TD;Chad;N'Djamena;Chadian;Republic of Chad
CL;Chile;Santiago;Chilean;Republic of Chile
CN;China;Beijing;Chinese;People's Republic of China|PRC|P.R.C.|Mainland China
CO;Colombia;Bogotá;Colombian;Republic of Colombia
KM;Comoros;Moroni;Comorian;Union of the Comoros|the Comoros
CG;Republic of the Congo;Brazzaville;Congolese;Republic of Congo|Congo-Brazzaville|Congo Republic
CD;Democratic Republic of the Congo;Kinshasa;Congolese;DR Congo|DRC|D.R.C.|Congo-Kinshasa|DR of Congo|Democratic Republic of Congo|Zaire
CR;Costa Rica;San José;Costa Rican;Republic of Costa Rica
CI;Ivory Coast;Yamoussoukro;Ivorian;Côte d'Ivoire|Cote d'Ivoire|Côte d’Ivoire|Republic of Côte d'Ivoire
HR;Croatia;Zagreb;Croatian|Croat;Republic of Croatia
CU;Cuba;Havana;Cuban;Republic of Cuba
CY;Cyprus;Nicosia;Cypriot;Republic of Cyprus
CZ;Czech Republic;Prague;Czech;Czechia
DK;Denmark;Copenhagen;Danish|Dane;Kingdom of Denmark
DJ;Djibouti;Djibouti;Djiboutian;Republic of Djibouti
DM;Dominica;Roseau;Dominican (Dominica);Commonwealth of Dominica
DO;Dominican Republic;Santo Domingo;Dominican;
EC;Ecuador;Quito;Ecuadorian;Republic of Ecuador
EG;Egypt;Cairo;Egyptian;Arab Republic of Egypt|United Arab Republic
SV;El Salvador;San Salvador;Salvadoran|Salvadorean;Republic of El Salvador
GQ;Equatorial Guinea;Malabo;Equatoguinean|Equatorial Guinean;Republic of Equatorial Guinea
ER;Eritrea;Asmara;Eritrean;State of Eritrea
EE;Estonia;Tallinn;Estonian;Republic of Estonia
SZ;Eswatini;Mbabane;Swazi|Emaswati;Swaziland|Kingdom of Eswatini
ET;Ethiopia;Addis Ababa;Ethiopian;Federal Democratic Republic of Ethiopia
FJ;Fiji;Suva;Fijian;Republic of Fiji
FI;Finland;Helsinki;Finnish|Finn;Republic of Finland
FR;France;Paris;French;French Republic
GA;Gabon;Libreville;Gabonese;Gabonese Republic
GM;The Gambia;Banjul;Gambian;Gambia|Republic of The Gambia
GE;Georgia;Tbilisi;Georgian;
DE;Germany;Berlin;German|West German;Federal Republic of Germany|West Germany
GH;Ghana;Accra;Ghanaian;Republic of Ghana
GR;Greece;Athens;Greek|Hellenic;Hellenic Republic
GD;Grenada;St. George's;Grenadian;
GT;Guatemala;Guatemala City;Guatemalan;Republic of Guatemala
GN;Guinea;Conakry;Guinean;Republic of Guinea|Guinea-Conakry
GW;Guinea-Bissau;Bissau;Bissau-Guinean;Republic of Guinea-Bissau
GY;Guyana;Georgetown;Guyanese;Co-operative Republic of Guyana
HT;Haiti;Port-au-Prince;Haitian;Republic of Haiti
HN;Honduras;Tegucigalpa;Honduran;Republic of Honduras
HU;Hungary;Budapest;Hungarian;
IS;Iceland;Reykjavík;Icelandic|Icelander;
IN;India;New Delhi;Indian;Republic of India|Bharat
ID;Indonesia;Jakarta;Indonesian;Republic of Indonesia
IR;Iran;Tehran;Iranian;Islamic Republic of Iran|Persia
IQ;Iraq;Baghdad;Iraqi;Republic of Iraq
IE;Ireland;Dublin;Irish;Republic of Ireland|Éire
IL;Israel;Jerusalem;Israeli;State of Israel
IT;Italy;Rome;Italian;Italian Republic
JM;Jamaica;Kingston;Jamaican;
JP;Japan;Tokyo;Japanese;
JO;Jordan;Amman;Jordanian;Hashemite Kingdom of Jordan|Transjordan|Trans-Jordan
KZ;Kazakhstan;Astana;Kazakh|Kazakhstani;Republic of Kazakhstan|Kazakstan|Qazaqstan
KE;Kenya;Nairobi;Kenyan;Republic of Kenya
KI;Kiribati;South Tarawa;I-Kiribati;Republic of Kiribati
KP;North Korea;Pyongyang;North Korean;Democratic People's Republic of Korea|DPRK|D.P.R.K.|DPR Korea
KR;South Korea;Seoul;South Korean|Korean;Republic of Korea|ROK|R.O.K.
KW;Kuwait;Kuwait City;Kuwaiti;State of Kuwait
KG;Kyrgyzstan;Bishkek;Kyrgyz|Kyrgyzstani|Kirghiz;Kyrgyz Republic|Kirghizia|Kirgizia|Kyrgyzia
LA;Laos;Vientiane;Lao|Laotian;Lao PDR|Lao People's Democratic Republic
LV;Latvia;Riga;Latvian;Republic of Latvia
LB;Lebanon;Beirut;Lebanese;Lebanese Republic
LS;Lesotho;Maseru;Basotho|Mosotho|Lesothan;Kingdom of Lesotho
LR;Liberia;Monrovia;Liberian;Republic of Liberia
LY;Libya;Tripoli;Libyan;State of Libya
LI;Liechtenstein;Vaduz;Liechtensteiner;Principality of Liechtenstein
LT;Lithuania;Vilnius;Lithuanian;Republic of Lithuania
LU;Luxembourg;Luxembourg;Luxembourgish|Luxembourger;Grand Duchy of Luxembourg
MG;Madagascar;Antananarivo;Malagasy;Republic of Madagascar|Malagasy Republic
MW;Malawi;Lilongwe;Malawian;Republic of Malawi
MY;Malaysia;Kuala Lumpur;Malaysian;
MV;Maldives;Malé;Maldivian;Republic of Maldives|the Maldives
ML;Mali;Bamako;Malian;Republic of Mali
MT;Malta;Valletta;Maltese;Republic of Malta
MH;Marshall Islands;Majuro;Marshallese;Republic of the Marshall Islands
MR;Mauritania;Nouakchott;Mauritanian;Islamic Republic of Mauritania
MU;Mauritius;Port Louis;Mauritian;Republic of Mauritius
MX;Mexico;Mexico City;Mexican;United Mexican States
FM;Federated States of Micronesia;Palikir;Micronesian;Micronesia
MD;Moldova;Chișinău;Moldovan|Moldavian;Republic of Moldova|Moldavia|Moldavian SSR
MC;Monaco;Monaco;Monégasque|Monegasque;Principality of Monaco
MN;Mongolia;Ulaanbaatar;Mongolian;
ME;Montenegro;Podgorica;Montenegrin;
MA;Morocco;Rabat;Moroccan;Kingdom of Morocco
MZ;Mozambique;Maputo;Mozambican;Republic of Mozambique
MM;Myanmar;Naypyidaw;Burmese|Myanmar|Myanma;Burma|Republic of the Union of Myanmar
NA;Namibia;Windhoek;Namibian;Republic of Namibia
NR;Nauru;Yaren;Nauruan;Republic of Nauru
NP;Nepal;Kathmandu;Nepalese|Nepali;Federal Democratic Republic of Nepal
NL;Netherlands;Amsterdam;Dutch;Kingdom of the Netherlands|the Netherlands|Holland
NZ;New Zealand;Wellington;New Zealander|New Zealand;Aotearoa
NI;Nicaragua;Managua;Nicaraguan;Republic of Nicaragua
NE;Niger;Niamey;Nigerien;Republic of the Niger|Republic of Niger
NG;Nigeria;Abuja;Nigerian;Federal Republic of Nigeria
MK;North Macedonia;Skopje;Macedonian|North Macedonian;Republic of North Macedonia|Macedonia|FYROM|Yugoslav Republic of Macedonia
NO;Norway;Oslo;Norwegian;Kingdom of Norway
OM;Oman;Muscat;Omani;Sultanate of Oman
PK;Pakistan;Islamabad;Pakistani;Islamic Republic of Pakistan
PW;Palau;Ngerulmud;Palauan;Republic of Palau
PA;Panama;Panama City;Panamanian;Republic of Panama
PG;Papua New Guinea;Port Moresby;Papua New Guinean;Independent State of Papua New Guinea|PNG
PY;Paraguay;Asunción;Paraguayan;Republic of Paraguay
PE;Peru;Lima;Peruvian;Republic of Peru
PH;Philippines;Manila;Philippine|Filipino;the Philippines|Republic of the Philippines
PL;Poland;Warsaw;Polish|Pole;Republic of Poland
PT;Portugal;Lisbon;Portuguese;Portuguese Republic
QA;Qatar;Doha;Qatari;State of Qatar
RO;Romania;Bucharest;Romanian;
RU;Russia;Moscow;Russian;Russian Federation
RW;Rwanda;Kigali;Rwandan;Republic of Rwanda
KN;Saint Kitts and Nevis;Basseterre;Kittitian|Nevisian;St Kitts and Nevis|St. Kitts and Nevis|Federation of Saint Christopher and Nevis
LC;Saint Lucia;Castries;Saint Lucian;St Lucia|St. Lucia
VC;Saint Vincent and the Grenadines;Kingstown;Vincentian;St Vincent and the Grenadines|St. Vincent and the Grenadines
WS;Samoa;Apia;Samoan;Independent State of Samoa
SM;San Marino;San Marino;Sammarinese;Republic of San Marino
ST;São Tomé and Príncipe;São Tomé;Santomean|São Toméan;Sao Tome and Principe|Democratic Republic of São Tomé and Príncipe
SA;Saudi Arabia;Riyadh;Saudi|Saudi Arabian|Custodian of the Two Holy Mosques;Kingdom of Saudi Arabia|KSA
SN;Senegal;Dakar;Senegalese;Republic of Senegal
RS;Serbia;Belgrade;Serbian|Serb;Republic of Serbia
SC;Seychelles;Victoria;Seychellois;Republic of Seychelles|the Seychelles
SL;Sierra Leone;Freetown;Sierra Leonean;Republic of Sierra Leone
SG;Singapore;Singapore;Singaporean;Republic of Singapore
SK;Slovakia;Bratislava;Slovak;Slovak Republic
SI;Slovenia;Ljubljana;Slovenian|Slovene;Republic of Slovenia
SB;Solomon Islands;Honiara;Solomon Islander;
SO;Somalia;Mogadishu;Somali;Federal Republic of Somalia
ZA;South Africa;Pretoria;South African;Republic of South Africa|RSA
SS;South Sudan;Juba;South Sudanese;Republic of South Sudan
ES;Spain;Madrid;Spanish|Spaniard;Kingdom of Spain
LK;Sri Lanka;Sri Jayawardenepura Kotte;Sri Lankan;Democratic Socialist Republic of Sri Lanka|Ceylon
SD;Sudan;Khartoum;Sudanese;Republic of the Sudan|Republic of Sudan|the Sudan
SR;Suriname;Paramaribo;Surinamese;Republic of Suriname|Surinam
SE;Sweden;Stockholm;Swedish|Swede;Kingdom of Sweden
CH;Switzerland;Bern;Swiss;Swiss Confederation
SY;Syria;Damascus;Syrian;Syrian Arab Republic
TJ;Tajikistan;Dushanbe;Tajik|Tajikistani;Republic of Tajikistan|Tadzhikistan
TZ;Tanzania;Dodoma;Tanzanian|Tanganyikan;United Republic of Tanzania|Tanganyika
TH;Thailand;Bangkok;Thai;Kingdom of Thailand|Siam
TL;East Timor;Dili;Timorese|East Timorese;Timor-Leste|Timor Leste|Democratic Republic of Timor-Leste
TG;Togo;Lomé;Togolese;Togolese Republic
TO;Tonga;Nuku'alofa;Tongan;Kingdom of Tonga
TT;Trinidad and Tobago;Port of Spain;Trinidadian|Tobagonian;Trinidad & Tobago|Republic of Trinidad and Tobago
TN;Tunisia;Tunis;Tunisian;Republic of Tunisia
TR;Turkey;Ankara;Turkish;Türkiye|Turkiye|Republic of Türkiye|Republic of Turkey|Republic of Turkiye
TM;Turkmenistan;Ashgabat;Turkmen|Turkmenistani;Turkmenia
TV;Tuvalu;Funafuti;Tuvaluan;
UG;Uganda;Kampala;Ugandan;Republic of Uganda
UA;Ukraine;Kyiv;Ukrainian;the Ukraine
AE;United Arab Emirates;Abu Dhabi;Emirati;UAE|U.A.E.|the Emirates|the UAE
GB;United Kingdom;London;British|Briton;UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland|the UK|the United Kingdom
US;United States;Washington, D.C.;American;United States of America|US|U.S.|USA|U.S.A.|America|the United States|the US|the U.S.
UY;Uruguay;Montevideo;Uruguayan;Oriental Republic of Uruguay
UZ;Uzbekistan;Tashkent;Uzbek|Uzbekistani;Republic of Uzbekistan
VU;Vanuatu;Port Vila;Ni-Vanuatu;Republic of Vanuatu
VE;Venezuela;Caracas;Venezuelan;Bolivarian Republic of Venezuela
VN;Vietnam;Hanoi;Vietnamese;Viet Nam|Socialist Republic of Vietnam|Socialist Republic of Viet Nam
YE;Yemen;Sanaa;Yemeni;Republic of Yemen
ZM;Zambia;Lusaka;Zambian;Republic of Zambia
ZW;Zimbabwe;Harare;Zimbabwean;Republic of Zimbabwe
VA;Vatican City;Vatican City;Vatican;Holy See|the Holy See|Vatican|Vatican City State|State of the Vatican City
PS;Palestine;East Jerusalem;Palestinian;State of Palestine|Palestinian Authority|Palestinian National Authority
TW;Taiwan;Taipei;Taiwanese;Republic of China|ROC|R.O.C.|Chinese Taipei
XK;Kosovo;Pristina;Kosovar|Kosovan;Republic of Kosovo
EH;Sahrawi Arab Democratic Republic;Tifariti;Sahrawi;SADR|Sahrawi Republic
"""

# Historical states the press of their day names as attendees and members, with the ISO 3166-3 codes they had and the
# days they began and ended (a state that ended in 1991 attends no summit of 2015). No capital: Moscow, Belgrade,
# Prague and Berlin are their successors' cities, and a city names one country.
# iso2;iso3;name;demonyms;aliases;since;until
HISTORIC_STATES = """
SU;SUN;Soviet Union;Soviet;USSR|U.S.S.R.|Union of Soviet Socialist Republics|the USSR|the Soviet Union;1922-12-30;1991-12-26
DD;DDR;East Germany;East German;German Democratic Republic|GDR|G.D.R.;1949-10-07;1990-10-03
YU;YUG;Yugoslavia;Yugoslav|Yugoslavian;Socialist Federal Republic of Yugoslavia|SFRY|Federal People's Republic of Yugoslavia;1918-12-01;1992-04-27
CS;CSK;Czechoslovakia;Czechoslovak|Czechoslovakian;Czechoslovak Socialist Republic|Czech and Slovak Federative Republic|CSSR|ČSSR;1918-10-28;1992-12-31
"""

# ISO/pycountry names that are wrong or unhelpful as aliases for the entity we mean.
BLOCKED_ALIASES = {
    "TW": {"Taiwan, Province of China"},
    "EH": {"Western Sahara"},  # the territory, not the state the African Union seats
    "VA": {"Holy See (Vatican City State)"},
    "MK": {"The former Yugoslav Republic of Macedonia"},
    "CG": {"Congo"},  # ambiguous with the DRC
    "KR": {"Korea"},
    "KP": {"Korea"},
}

# countrynames variants survive only as English long forms: first word from this list, the
# country's own name stem inside, nothing historic or sub-national.
LONG_FORM = re.compile(
    r"^(Republic|Kingdom|State|Federation|Principality|Sultanate|Commonwealth|Confederation|"
    r"Grand Duchy|Union|Federal|Federative|Democratic|People's|Islamic|Plurinational|Bolivarian|"
    r"Co-operative|Oriental|Independent|Hashemite|Arab|United|Swiss|Argentine|Italian|French|"
    r"Portuguese|Hellenic|Gabonese|Togolese|Lebanese|Syrian|Slovak|Russian|Kyrgyz|Lao) "
)
HISTORIC = re.compile(
    r"Soviet|Socialist Republic of (Bosnia|Macedonia)|Great Britain and Ireland|Zaire|"
    r"Czechoslovak|Yugoslav|Mysore|England|Tatarstan|Chechen|State of Mexico|Russian Republic|"
    r"Kingdom of (Greece|Tunisia)|Grand Duchy of Finland|People's Republic of Hungary|Mongolian People|"
    r"Somali Democratic|Democratic Republic of Georgia|Second |`|Empire|Arab Saudi|Kingdon|nutome"
)


def parse_table() -> list[dict[str, str]]:
    """Return the hand table as dicts keyed iso2, name, capital, demonyms, aliases."""
    rows = []
    for line in TABLE.strip().splitlines():
        iso2, name, capital, demonyms, aliases = line.split(";")
        rows.append(
            {"iso2": iso2, "name": name, "capital": capital, "demonyms": demonyms, "aliases": aliases}
        )
    return rows


def historic_rows() -> list[dict[str, str]]:
    """Return the rows of the historical states, dated by ``since`` and ``until``."""
    rows = []
    for line in HISTORIC_STATES.strip().splitlines():
        iso2, iso3, name, demonyms, aliases, since, until = line.split(";")
        rows.append({"id": iso3.lower(), "name": name, "iso2": iso2, "iso3": iso3, "aliases": aliases,
                     "demonyms": demonyms, "capital": "", "since": since, "until": until})
    return rows


def pycountry_names(iso2: str) -> list[str]:
    """Return the ISO name, common name and official name, minus comma-inverted forms."""
    country = pycountry.countries.get(alpha_2=iso2)
    if country is None:
        return []
    names = [getattr(country, attr, "") for attr in ("name", "common_name", "official_name")]
    names = [re.sub(r"^the ", "", n) for n in names if n]
    return [n for n in names if "," not in n and "(" not in n]


def english_long_forms(variants: list[str], name: str) -> list[str]:
    """Keep countrynames variants that are English long forms of ``name`` ("Republic of Kosovo")."""
    stem = max(name.replace("-", " ").split(), key=len)[:4]
    kept = []
    for v in variants:
        if not isinstance(v, str) or not v.isascii() or "," in v or "(" in v or "  " in v:
            continue
        if LONG_FORM.match(v) and stem in v and not HISTORIC.search(v) and " Of " not in v:
            kept.append(v)
    return kept


def load_countrynames() -> dict[str, list[str]]:
    """Return countrynames' iso2 -> variants mapping, or {} when the package is missing."""
    try:
        import countrynames
    except ImportError:  # pragma: no cover - optional source
        return {}
    path = Path(countrynames.__file__).with_name("data.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def merge_aliases(row: dict[str, str], extra: list[str]) -> str:
    """Combine hand aliases with library names, dropping the name itself and duplicates."""
    blocked = BLOCKED_ALIASES.get(row["iso2"], set()) | {row["name"]}
    seen: list[str] = []
    for alias in [a for a in row["aliases"].split("|") if a] + extra:
        if alias not in blocked and alias not in seen:
            seen.append(alias)
    return "|".join(seen)


def build_rows() -> list[dict[str, str]]:
    """Return the countries.csv rows, sorted by name."""
    variants = load_countrynames()
    out = []
    for row in parse_table():
        iso2 = row["iso2"]
        country = pycountry.countries.get(alpha_2=iso2)
        iso3 = country.alpha_3 if country else {"XK": "XKX"}[iso2]
        extra = pycountry_names(iso2) + english_long_forms(variants.get(iso2, []), row["name"])
        out.append(
            {
                "id": iso3.lower(),
                "name": row["name"],
                "iso2": iso2,
                "iso3": iso3,
                "aliases": merge_aliases(row, extra),
                "demonyms": row["demonyms"],
                "capital": row["capital"],
                "since": "",
                "until": "",
            }
        )
    return sorted(out + historic_rows(), key=lambda r: r["name"])


def add_historic(path: Path = OUT) -> int:
    """Give an existing countries.csv the ``since``/``until`` columns and the historical states it lacks, in place.

    For a CSV edited by hand since the last full build (or a merge that took another branch's CSV): nothing else of
    its rows changes. Returns the number of states added.
    """
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    have = {r["id"] for r in rows}
    added = [r for r in historic_rows() if r["id"] not in have]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=HEADER, lineterminator="\n")
        writer.writeheader()
        writer.writerows([{k: r.get(k) or "" for k in HEADER} for r in rows + added])
    return len(added)


def main() -> int:
    """Write countries.csv next to this script and print the row count (``--add-historic``: only add the states)."""
    if "--add-historic" in sys.argv:
        print(f"added {add_historic()} historical states to {OUT}")
        return 0
    rows = build_rows()
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=HEADER, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} countries to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
