"""Round 42 (org): a group named by description without a count (invented articles)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text


def _organisation(ref, tmp_path, lede: str) -> str | None:
    body = ("Allies gather for economic talks\n\n"
            "MILAN, Nov 27 - " + lede + "\n\n"
            "The host country takes over the presidency of the European Union next month, and the summit is its last "
            "big meeting of the year.\n\n"
            "The president of the European Commission will attend, representing the European Union.\n")
    return (extract_text(ref, tmp_path, body)["summit"] or {}).get("organisation")


@pytest.mark.parametrize("lede", [
    "The prime minister welcomes the leaders of the major industrial democracies to the lakeside town on Saturday.",
    "Heads of government of the leading industrialized nations open their annual summit here on Friday.",
    "The leaders of the world's richest industrial powers meet on Thursday for their yearly economic summit.",
])
def test_leaders_of_the_major_industrial_democracies_are_the_g7(ref, tmp_path, lede):
    assert _organisation(ref, tmp_path, lede) == "G7"


@pytest.mark.parametrize("lede", [
    # industrial and emerging nations: no such description
    "The leaders of the major industrial and emerging nations open their annual summit here on Friday.",
    # not the people meeting: a description of who else is affected
    "Exports to the major industrial democracies fell sharply, the summit's hosts said on Friday.",
    # no rank word
    "The leaders of industrial democracies open their annual summit here on Friday.",
])
def test_other_descriptions_name_no_group(ref, tmp_path, lede):
    assert _organisation(ref, tmp_path, lede) == "European Union"
