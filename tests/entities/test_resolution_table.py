"""The resolution table: mentions as the press writes them, the date they are read on, and who they are."""

from __future__ import annotations

import pytest

from pipeline.lookup import resolve_mention
from pipeline.reference import load_reference

JUL = "2024-07-03"
# (mention, kind or None, date or None, expected canonical name, or None when it must stay unresolved)
TABLE = [
    # every spelling the issue names
    ("Sadyr Japarov", "person", JUL, "Sadyr Japarov"),
    ("Sadyr Zhaparov", "person", JUL, "Sadyr Japarov"),
    ("President Sadyr Zhaparov of Kyrgyzstan", "person", JUL, "Sadyr Japarov"),
    ("Zhaparov", "person", JUL, "Sadyr Japarov"),
    ("Emomali Rahmon", "person", JUL, "Emomali Rahmon"),
    ("Emomali Rakhmon", "person", JUL, "Emomali Rahmon"),
    ("President Emomali Rakhmon of Tajikistan", "person", JUL, "Emomali Rahmon"),
    ("Kassym-Jomart Tokayev", "person", JUL, "Kassym-Jomart Tokayev"),
    ("Qasym-Zhomart Toqaev", "person", JUL, "Kassym-Jomart Tokayev"),
    ("Toqaev", "person", JUL, "Kassym-Jomart Tokayev"),
    ("the Kazakh President Kassym-Jomart Tokayev", "person", JUL, "Kassym-Jomart Tokayev"),
    ("Kazakhstan's President Tokayev", "person", JUL, "Kassym-Jomart Tokayev"),
    ("Alexander Lukashenko", "person", JUL, "Alexander Lukashenko"),
    ("Alexander Lukashenka", "person", JUL, "Alexander Lukashenko"),
    ("Lukashenka", "person", JUL, "Alexander Lukashenko"),
    ("Belarusian President Alexander Lukashenko", "person", JUL, "Alexander Lukashenko"),
    ("Mohammad Mokhber", "person", JUL, "Mohammad Mokhber"),
    ("Mohammad Mokhbar", "person", JUL, "Mohammad Mokhber"),
    ("acting President Mohammad Mokhbar", "person", JUL, "Mohammad Mokhber"),
    ("Recep Tayyip Erdoğan", "person", JUL, "Recep Tayyip Erdoğan"),
    ("Recep Tayyip Erdogan", "person", JUL, "Recep Tayyip Erdoğan"),
    ("President Recep Tayyip Erdogan of Turkey", "person", JUL, "Recep Tayyip Erdoğan"),
    ("Erdogan", "person", JUL, "Recep Tayyip Erdoğan"),
    ("RECEP TAYYIP ERDOGAN", "person", JUL, "Recep Tayyip Erdoğan"),
    # repair first, then resolve
    ("AntĂłnio Guterres", "person", JUL, "António Guterres"),
    ("U.N. Secretary-General AntĂłnio Guterres", "person", JUL, "António Guterres"),
    ("Antonio Guterres", "person", JUL, "António Guterres"),
    ("Ant&oacute;nio Guterres", "person", JUL, "António Guterres"),
    # the office on the date: who held President of Iran then
    ("the President of Iran", "person", "2024-04-15", "Ebrahim Raisi"),
    ("the President of Iran", "person", "2024-06-15", "Mohammad Mokhber"),
    ("the Iranian president", "person", "2024-04-15", "Ebrahim Raisi"),
    ("the Iranian president", "person", "2024-06-15", "Mohammad Mokhber"),
    ("the Iranian president", "person", "2024-09-01", "Masoud Pezeshkian"),
    ("Iran's president", "person", "2024-06-15", "Mohammad Mokhber"),
    ("the Kazakh president", "person", JUL, "Kassym-Jomart Tokayev"),
    ("the Pakistani prime minister", "person", JUL, "Shehbaz Sharif"),
    ("the Russian foreign minister", "person", JUL, "Sergey Lavrov"),
    ("the UN Secretary-General", "person", JUL, "António Guterres"),
    # other people, with and without frames
    ("Prime Minister Shehbaz Sharif of Pakistan", "person", JUL, "Shehbaz Sharif"),
    ("Shavkat Mirziyoyev", "person", JUL, "Shavkat Mirziyoyev"),
    ("Ilham Aliyev", "person", JUL, "Ilham Aliyev"),
    ("Vladimir Putin", "person", JUL, "Vladimir Putin"),
    ("Chinese President Xi Jinping", "person", JUL, "Xi Jinping"),
    ("Indian Prime Minister Narendra Modi", "person", JUL, "Narendra Modi"),
    ("External Affairs Minister S. Jaishankar", "person", JUL, "S. Jaishankar"),
    ("Luiz Inacio Lula da Silva", "person", JUL, "Luiz Inácio Lula da Silva"),
    ("Volodymyr Zelensky", "person", JUL, "Volodymyr Zelenskyy"),
    ("Abdel Fattah el-Sisi", "person", JUL, "Abdel Fattah el-Sisi"),
    ("Pham Minh Chinh", "person", JUL, "Phạm Minh Chính"),
    ("Cyril Ramaphosa", "person", JUL, "Cyril Ramaphosa"),
    ("Nikol Pashinyan", "person", JUL, "Nikol Pashinyan"),
    ("Xi Jinpingg", "person", JUL, "Xi Jinping"),  # a typo, fuzzy
    # fuzzy misses: unknown people must stay unresolved, not become someone else
    ("Nikolai Petrovsky", "person", JUL, None),
    ("Prime Minister Ivan Dorogomilov of Tajikistan", "person", JUL, None),
    ("Sergei Lavrentyev", "person", JUL, None),
    ("the President of Narnia", "person", JUL, None),
    # countries: our table, demonyms, then countrynames, then pycountry
    ("Türkiye", "country", None, "Turkey"),
    ("Russian Federation", "country", None, "Russia"),
    ("Côte d'Ivoire", "country", None, "Ivory Coast"),
    ("Burma", "country", None, "Myanmar"),
    ("Czechia", "country", None, "Czech Republic"),
    ("Kazakh", "country", None, "Kazakhstan"),
    ("Kyrgyz", "country", None, "Kyrgyzstan"),
    ("Emirati", "country", None, "United Arab Emirates"),
    ("Kygyzstan", "country", None, "Kyrgyzstan"),
    ("Iran, Islamic Republic of", "country", None, "Iran"),
    ("Narnia", "country", None, None),
    # organisations
    ("Shanghai Cooperation Organization", "org", None, "Shanghai Cooperation Organisation"),
    ("SCO", "org", None, "Shanghai Cooperation Organisation"),
    ("League of Arab States", "org", None, "Arab League"),
    ("Collective Security Treaty Organisation", "org", None, "Collective Security Treaty Organization"),
    ("Organization of Islamic Cooperation", "org", None, "Organisation of Islamic Cooperation"),
    ("Eurasian Economic Union", "org", None, "Eurasian Economic Union"),
    # cities, with former names
    ("Nur-Sultan", "city", None, "Astana"),
    ("Kiev", "city", None, "Kyiv"),
    ("ASTANA", "city", None, "Astana"),
]


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def test_the_table_is_large_enough() -> None:
    assert len(TABLE) >= 60


@pytest.mark.parametrize(
    ("mention", "kind", "day", "expected"), TABLE, ids=[f"{m}@{d}" for m, _, d, _ in TABLE]
)
def test_mention_resolves(ref, mention: str, kind: str | None, day: str | None, expected: str | None) -> None:
    found = resolve_mention(ref, mention, kind, day)
    assert found.canonical == expected, found
    if expected is None:
        assert found.entity_id is None
    else:
        assert found.method in {
            "alias",
            "accent",
            "alias+office",
            "office",
            "office_fuzzy",
            "fuzzy",
            "demonym",
            "library",
            "library_fuzzy",
            "former_name",
        }
        assert 0 < found.score <= 1


@pytest.mark.parametrize("kind", [None])
def test_any_kind_finds_the_same_entity(ref, kind: None) -> None:
    assert resolve_mention(ref, "Kygyzstan", kind).canonical == "Kyrgyzstan"
    assert resolve_mention(ref, "the Iranian president", kind, "2024-04-15").canonical == "Ebrahim Raisi"
    assert resolve_mention(ref, "Nur-Sultan", kind).canonical == "Astana"
    assert resolve_mention(ref, "SCO", kind).canonical == "Shanghai Cooperation Organisation"
