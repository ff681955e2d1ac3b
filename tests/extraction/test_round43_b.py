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


# --- prose of a preview: companions, a pronoun's plan, an office in apposition ----------------------------------------

_OSAKA = ("Leaders head for Osaka\n\n"
          "TOKYO - Leaders of the Group of Twenty meet in Osaka on Friday and Saturday for their annual summit.\n\n")


def _preview(ref, tmp_path, body: str) -> set[tuple]:
    return attendee_set(extract_text(ref, tmp_path, _OSAKA + body + "\n", "2019-06-25"))


@pytest.mark.parametrize("body", [
    "All eyes are on Justin Trudeau. The Prime Minister flies out of Ottawa tomorrow with Finance Minister Bill "
    "Morneau, and he hopes to raise the trade dispute.",
    "Justin Trudeau flies out from Ottawa on Thursday together with Finance Minister Bill Morneau.",
    "Canada's attention is on Justin Trudeau. The Prime Minister departs from Ottawa tonight with Finance Minister "
    "Bill Morneau.",
])
def test_a_departure_from_home_takes_the_companions(ref, tmp_path, body):
    found = _preview(ref, tmp_path, body)
    assert ("Justin Trudeau", "Canada", "expected") in found
    assert any(p and "Morneau" in p and c == "Canada" and s == "expected" for p, c, s in found)


@pytest.mark.parametrize("body", [
    "Prime Minister Theresa May faces a leadership race at home. Downing Street said on Monday she still intends to "
    "fly in, if only for Saturday's sessions.",
    "Prime Minister Theresa May faces a leadership race at home. Her office insisted she plans to attend.",
    "Prime Minister Theresa May faces a leadership race at home. She still intends to come, aides say.",
])
def test_a_plan_told_of_a_pronoun_is_the_one_named_before(ref, tmp_path, body):
    assert ("Theresa May", "United Kingdom", "expected") in _preview(ref, tmp_path, body)


@pytest.mark.parametrize("body", [
    # a pronoun plan with an object, a plan of someone else, two candidates before
    "Prime Minister Theresa May faces a leadership race at home. Downing Street said she intends to fly in more "
    "advisers for the talks on Brexit.",
    "Prime Minister Theresa May faces a leadership race at home. Aides said they still intend to fly in.",
    "Theresa May and Angela Merkel spoke by phone about Brexit. Officials said she still intends to fly in.",
])
def test_near_misses_of_a_pronoun_plan(ref, tmp_path, body):
    assert not any(p == "Theresa May" for p, _, _ in _preview(ref, tmp_path, body))


@pytest.mark.parametrize("body", [
    "President Emmanuel Macron and his prime minister, Edouard Philippe, are both coming.",
    "President Emmanuel Macron and his new Prime Minister, Edouard Philippe, will both attend the summit.",
])
def test_an_office_owned_by_the_leader_before_gives_his_country(ref, tmp_path, body):
    assert ("Édouard Philippe", "France", "expected") in _preview(ref, tmp_path, body) or \
        ("Edouard Philippe", "France", "expected") in _preview(ref, tmp_path, body)


@pytest.mark.parametrize("body", [
    "Prime Minister Theresa May, flanked by the Chancellor, Philip Hammond, will attend the summit.",
    "If she is delayed, the Chancellor, Philip Hammond, who is coming in any case with the finance ministers, will "
    "open for Britain.",
])
def test_the_office_set_off_by_commas_names_the_official(ref, tmp_path, body):
    assert any(p and "Hammond" in p and s == "expected" for p, _, s in _preview(ref, tmp_path, body))
