"""Historical states and the leaders of 1945 to 1995 in the reference dictionaries, and the lifetime of a state."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.historic_states import within_lifetimes
from pipeline.model import Claim
from pipeline.reference import load_reference
from pipeline.resolve import resolve_person

REF = Path(__file__).resolve().parent.parent / "seeds" / "reference"


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def _rows(name: str) -> list[dict[str, str]]:
    with (REF / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# --- the historical states ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("form", "name"), [
    ("Soviet Union", "Soviet Union"), ("USSR", "Soviet Union"), ("U.S.S.R.", "Soviet Union"),
    ("Union of Soviet Socialist Republics", "Soviet Union"),
    ("East Germany", "East Germany"), ("German Democratic Republic", "East Germany"), ("GDR", "East Germany"),
    ("Yugoslavia", "Yugoslavia"), ("Socialist Federal Republic of Yugoslavia", "Yugoslavia"),
    ("Czechoslovakia", "Czechoslovakia"), ("Czech and Slovak Federative Republic", "Czechoslovakia"),
    # the modern names stay where they were
    ("West Germany", "Germany"), ("Yugoslav Republic of Macedonia", "North Macedonia"), ("Russia", "Russia"),
])
def test_historical_state_names_resolve(ref, form: str, name: str) -> None:
    country = ref.country_named(form)
    assert country is not None and country.name == name


@pytest.mark.parametrize(("name", "demonym", "until"), [
    ("Soviet Union", "Soviet", "1991-12-26"), ("East Germany", "East German", "1990-10-03"),
    ("Yugoslavia", "Yugoslav", "1992-04-27"), ("Czechoslovakia", "Czechoslovak", "1992-12-31"),
])
def test_historical_states_carry_demonym_and_end(ref, name: str, demonym: str, until: str) -> None:
    country = ref.country_named(name)
    assert country is not None
    assert demonym in country.demonyms and country.until == until and country.since
    assert country.capital == ""  # a capital city names one country: its successor's


@pytest.mark.parametrize(("name", "day", "exists"), [
    ("Soviet Union", "1985-03-11", True), ("Soviet Union", "1991-12-26", True), ("Soviet Union", "1991-12-27", False),
    ("Soviet Union", "2015-10-16", False), ("Soviet Union", "1991", True), ("Soviet Union", "1920", False),
    ("East Germany", "1990-10-04", False), ("Yugoslavia", "1999-03-24", False), ("Czechoslovakia", "1993-01-01", False),
    ("Russia", "2015-10-16", True), ("Germany", "1955-05-05", True), ("Soviet Union", None, True),
])
def test_exists_on(ref, name: str, day: str | None, exists: bool) -> None:
    assert ref.country_named(name).exists_on(day) is exists


def test_offices_of_historical_states_fall_within_their_lifetime() -> None:
    lifetimes = {r["name"]: (r["since"], r["until"]) for r in _rows("countries.csv") if r["until"]}
    wrong = [f"{o['person_id']} {o['role']} {o['country']} {o['start']}-{o['end']}" for o in _rows("offices.csv")
             if o["country"] in lifetimes and not (lifetimes[o["country"]][0] <= o["start"]
                                                   and o["end"] and o["end"] <= lifetimes[o["country"]][1])]
    assert wrong == []


def _claim(kind: str, country_id: str | None, person_id: str | None = None) -> Claim:
    payload = {"country_id": country_id, "country": country_id and country_id.upper(), "person_id": person_id}
    return Claim(kind, (kind, country_id or ""), payload, "s", (0, 1), "r")


def test_within_lifetimes_drops_gone_states_only(ref) -> None:
    claims = [_claim("membership", "sun"), _claim("membership", "rus"), _claim("attendance", "yug"),
              _claim("attendance", "sun", "sw:mikhail-gorbachev"), _claim("bilateral_meeting", "sun")]
    kept = within_lifetimes(ref, claims, "2015-10-16", "2015-10-16")
    assert [(c.kind, c.payload["country_id"]) for c in kept] == [
        ("membership", "rus"), ("attendance", None), ("bilateral_meeting", "sun")]
    assert within_lifetimes(ref, claims, "1989-07-15", "1989-07-15") == claims


# --- the people of 1945 to 1995 -------------------------------------------------------------------------------------

REQUIRED_HISTORICAL = [
    "Nikita Khrushchev", "Leonid Brezhnev", "Yuri Andropov", "Konstantin Chernenko", "Mikhail Gorbachev",
    "Nikolai Bulganin", "Alexei Kosygin", "Nikolai Ryzhkov", "Andrei Gromyko", "Eduard Shevardnadze",
    "Leonid Kravchuk", "Stanislav Shushkevich", "Vyacheslav Kebich", "Ayaz Mutalibov", "Abulfaz Elchibey",
    "Rahmon Nabiyev", "Zviad Gamsakhurdia", "Vytautas Landsbergis",
    "Haile Selassie", "Kwame Nkrumah", "Julius Nyerere", "Ahmed Sékou Touré", "Léopold Sédar Senghor",
    "Félix Houphouët-Boigny", "Ahmed Ben Bella", "Modibo Keïta", "William Tubman", "Milton Obote", "Kenneth Kaunda",
    "Abubakar Tafawa Balewa", "Hassan II of Morocco", "Gamal Abdel Nasser", "Sylvanus Olympio", "Joseph Kasa-Vubu",
    "Moïse Tshombe", "Mobutu Sese Seko",
    "Lee Kuan Yew", "Tunku Abdul Rahman", "Abdul Razak Hussein", "Hussein Onn", "Mahathir Mohamad", "Suharto",
    "Ferdinand Marcos", "Kukrit Pramoj", "Seni Pramoj", "Kriangsak Chamanan", "Jawaharlal Nehru", "Indira Gandhi",
    "Sukarno", "Zhou Enlai",
    "Anthony Eden", "Alec Douglas-Home", "Harold Wilson", "Edward Heath", "Charles de Gaulle", "Georges Pompidou",
    "Willy Brandt", "Ludwig Erhard", "Kurt Georg Kiesinger", "Aldo Moro", "Mariano Rumor", "Richard Nixon",
    "Lyndon B. Johnson", "John F. Kennedy", "Gerald Ford", "Jimmy Carter", "Adolfo Suárez", "Felipe González",
    "Helmut Kohl", "François Mitterrand", "Ruud Lubbers", "Yasuhiro Nakasone", "Kakuei Tanaka", "Takeo Fukuda",
    "Takeo Miki", "Eisaku Satō",
    "Dirk Stikker", "Manlio Brosio", "Manfred Wörner", "Walter Hallstein", "Jean Rey (politician)",
    "Franco Maria Malfatti", "Sicco Mansholt", "François-Xavier Ortoli", "Jacques Delors",
    "Dag Hammarskjöld", "U Thant", "Kurt Waldheim", "Javier Pérez de Cuéllar", "Boutros Boutros-Ghali",
    "Josip Broz Tito", "Erich Honecker", "Gustáv Husák", "Nicolae Ceaușescu", "Wojciech Jaruzelski",
]


def test_required_historical_people_are_present() -> None:
    names = {r["name"] for r in _rows("people.csv")}
    assert [p for p in REQUIRED_HISTORICAL if p not in names] == []


def test_every_historical_leader_has_a_dated_office() -> None:
    people = {r["name"]: r["id"] for r in _rows("people.csv")}
    held = {o["person_id"] for o in _rows("offices.csv") if o["start"] and o["end"]}
    assert [p for p in REQUIRED_HISTORICAL if people[p] not in held] == []


@pytest.mark.parametrize(("name", "day", "role", "place"), [
    ("Mikhail Gorbachev", "1987-12-08", "Head of State", "Soviet Union"),
    ("Mikhail Gorbachev", "1991-07-17", "President", "Soviet Union"),
    ("Leonid Brezhnev", "1975-07-30", "Head of State", "Soviet Union"),
    ("Nikita Khrushchev", "1961-06-03", "Prime Minister", "Soviet Union"),
    ("Alexei Kosygin", "1966-01-10", "Prime Minister", "Soviet Union"),
    ("Andrei Gromyko", "1972-05-26", "Foreign Minister", "Soviet Union"),
    ("Eduard Shevardnadze", "1989-05-15", "Foreign Minister", "Soviet Union"),
    ("Leonid Kravchuk", "1992-05-15", "President", "Ukraine"),
    ("Stanislav Shushkevich", "1991-12-08", "Head of State", "Belarus"),
    ("Abulfaz Elchibey", "1993-01-22", "President", "Azerbaijan"),
    ("Julius Nyerere", "1963-05-25", "President", "Tanzania"),
    ("Haile Selassie", "1963-05-25", "Head of State", "Ethiopia"),
    ("Lee Kuan Yew", "1976-02-24", "Prime Minister", "Singapore"),
    ("Kukrit Pramoj", "1976-02-24", "Prime Minister", "Thailand"),
    ("Josip Broz Tito", "1961-09-01", "President", "Yugoslavia"),
    ("Erich Honecker", "1987-09-07", "Head of State", "East Germany"),
    ("Václav Havel", "1990-11-19", "President", "Czechoslovakia"),
    ("Walter Hallstein", "1962-01-01", "President of the European Commission", "European Union"),
    ("Manlio Brosio", "1967-12-14", "Secretary-General", "North Atlantic Treaty Organization"),
    ("U Thant", "1965-06-26", "Secretary-General", "United Nations"),
    ("Javier Pérez de Cuéllar", "1985-10-24", "Secretary-General", "United Nations"),
])
def test_office_held_on_the_day(ref, name: str, day: str, role: str, place: str) -> None:
    pid = next(p.id for p in ref.people.values() if p.name == name)
    assert (role, place) in {(o.role, o.place) for o in ref.offices_of(pid, day)}


@pytest.mark.parametrize(("written", "role", "place", "day", "name"), [
    ("Gorbachev", None, None, "1989-07-15", "Mikhail Gorbachev"),
    ("Gorbachov", None, None, "1989-07-15", "Mikhail Gorbachev"),
    ("Khrushchev", None, None, "1960-05-16", "Nikita Khrushchev"),
    ("Stanislau Shushkevich", None, None, "1991-12-08", "Stanislav Shushkevich"),
    ("Sekou Toure", None, None, "1963-05-25", "Ahmed Sékou Touré"),
    ("Houphouet-Boigny", None, None, "1963-05-25", "Félix Houphouët-Boigny"),
    ("Chou En-lai", None, None, "1955-04-18", "Zhou Enlai"),
    ("Hammarskjold", None, None, "1960-09-20", "Dag Hammarskjöld"),
    ("Ceausescu", None, None, "1985-11-21", "Nicolae Ceaușescu"),
    # a shared full name or title is picked by the office held on the story's day
    ("President Marcos", "President", "Philippines", "1980-01-01", "Ferdinand Marcos"),
    ("President Marcos", "President", "Philippines", "2024-01-01", "Bongbong Marcos"),
])
def test_era_spellings_resolve(ref, written: str, role, place, day: str, name: str) -> None:
    assert resolve_person(ref, written, role, place, day).canonical == name
