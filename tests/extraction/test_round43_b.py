"""Round 43 (B): attendance in previews and explainers — the items of a guest-list line joined by more than a comma.

A qualifier closing one item ('A of the International Monetary Fund, World Bank President B'), a dash aside, an
office in apposition opening the next item ('and the Italian prime minister, B'), and a second clause with a subject
of its own ('A attends as chairman of X, and the Ethiopian prime minister, B, speaks for Y'), each under a heading
that says who will attend. Near misses: a name inside another person's clause, with no joint of a list.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import attendee_set, extract_text

_RIO = ("G20 in Rio: a guide\n\n"
        "RIO DE JANEIRO - Leaders of the Group of Twenty gather in Rio de Janeiro on Monday and Tuesday for their "
        "annual summit. Here is who to watch.\n\n"
        "Who will be at the table?\n\n"
        "- The host, President Luiz Inacio Lula da Silva.\n")


def _names(ref, tmp_path, bullet: str) -> set[str]:
    out = extract_text(ref, tmp_path, _RIO + bullet + "\n", "2024-11-16")
    return {p for p, _, _ in attendee_set(out) if p}


@pytest.mark.parametrize("bullet", [
    "- From Europe: Chancellor Olaf Scholz of Germany, France's Emmanuel Macron — who has said he may leave early — "
    "and the Italian prime minister, Giorgia Meloni.",
    "- Emmanuel Macron of France — fresh from a tour of the Andes — and the Italian premier, Giorgia Meloni.",
    "- France's Emmanuel Macron attends as co-chair of the climate panel, and the Italian prime minister, Giorgia "
    "Meloni, speaks for the Mediterranean group.",
    "- Emmanuel Macron comes as head of the outgoing troika, and the Italian prime minister, Giorgia Meloni, will "
    "join him.",
])
def test_the_second_item_after_an_aside_or_a_clause_is_a_guest(ref, tmp_path, bullet):
    assert {"Emmanuel Macron", "Giorgia Meloni"} <= _names(ref, tmp_path, bullet)


@pytest.mark.parametrize("bullet", [
    "- The lenders' chiefs will also be there: Kristalina Georgieva of the International Monetary Fund, UN "
    "Secretary-General Antonio Guterres and Ngozi Okonjo-Iweala of the World Trade Organization.",
    "- Also present: Kristalina Georgieva of the International Monetary Fund and Ngozi Okonjo-Iweala of the World "
    "Trade Organization, with UN Secretary-General Antonio Guterres.",
])
def test_heads_of_institutions_each_qualified_by_their_body(ref, tmp_path, bullet):
    names = _names(ref, tmp_path, bullet)
    assert {"Kristalina Georgieva", "Ngozi Okonjo-Iweala", "António Guterres"} <= names


@pytest.mark.parametrize("bullet", [
    # a name inside another's predicate, no joint of a list before it
    "- France's Emmanuel Macron, who will press for a deal praised by Giorgia Meloni in Rome.",
    "- Emmanuel Macron of France hopes to avoid a repeat of his quarrel with Giorgia Meloni last year.",
    "- Emmanuel Macron attends as co-chair of the climate panel that Giorgia Meloni set up.",
])
def test_a_name_in_anothers_predicate_is_no_item(ref, tmp_path, bullet):
    names = _names(ref, tmp_path, bullet)
    assert "Emmanuel Macron" in names and "Giorgia Meloni" not in names
