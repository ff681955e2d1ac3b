"""Leaders acting at a summit in a report (pipeline/attendance_reports.py), on invented sentences.

Each case is a tiny report of a 2023 NATO summit (headline, an opening sentence, the frame under test). Positives: a
sitting head of a member state doing or saying something there, or any state's head with the summit's company or floor
named. Negatives: the leader in the capital, at home, at another meeting or time, quoted about, an object, absent, a
non-member's leader commenting, an analyst, and the same frames in a preview.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import extract_text

REPORT = ("Allies close ranks in Vilnius\n\nThe NATO summit opened in Vilnius on Tuesday.\n\n", "2023-07-12")
PREVIEW = ("Allies head for Vilnius\n\nThe NATO summit opens in Vilnius on Tuesday.\n\n", "2023-07-07")

POSITIVES = [
    ("Germany's chancellor, Olaf Scholz, put a brave face on the compromise over the timetable.", "Olaf Scholz"),
    ("French President Emmanuel Macron signed an air-defence pledge with the 30 other leaders.", "Emmanuel Macron"),
    ("Italian Prime Minister Giorgia Meloni, at her first NATO summit, sided with Washington on the wording.",
     "Giorgia Meloni"),
    ("Italian Prime Minister Giorgia Meloni sided with Washington on the wording.", "Giorgia Meloni"),
    ("Canadian Prime Minister Justin Trudeau was caught on camera joking with fellow leaders about the rain.",
     "Justin Trudeau"),
    ("\"We have done our share,\" British Prime Minister Rishi Sunak told journalists after the closing session.",
     "Rishi Sunak"),
    ("\"We kept our word,\" Rishi Sunak told journalists after the vote.", "Rishi Sunak"),
    ("Pedro Sánchez and Olaf Scholz backed the plan for the southern flank.", "Pedro Sánchez"),
    ("Pedro Sánchez and Olaf Scholz backed the plan for the southern flank.", "Olaf Scholz"),
    ("Spanish Prime Minister Pedro Sánchez proposed a motion on the southern flank.", "Pedro Sánchez"),
    ("Turkish President Recep Tayyip Erdoğan, who had kept everyone guessing, told German journalists at the "
     "conference centre that the deal was fair.", "Recep Tayyip Erdoğan"),
    ("Japanese Prime Minister Fumio Kishida and Australian Prime Minister Anthony Albanese were greeted as close "
     "partners.", "Fumio Kishida"),
    ("Japanese Prime Minister Fumio Kishida and Australian Prime Minister Anthony Albanese were greeted as close "
     "partners.", "Anthony Albanese"),
    ("Pedro Sánchez told reporters in Vilnius that the pledge was fair.", "Pedro Sánchez"),  # in the host city
    ("Anthony Albanese was pictured chatting with the assembled leaders at the banquet.", "Anthony Albanese"),
    ("Olaf Scholz spent much of the evening mediating between the two camps.", "Olaf Scholz"),
    ("Ukrainian President Volodymyr Zelensky told fellow leaders the wording was absurd.", "Volodymyr Zelenskyy"),
    ("Ukrainian Foreign Minister Dmytro Kuleba signed a joint statement with the other delegations.", "Dmytro Kuleba"),
]

NEGATIVES = [
    ("Chancellor Olaf Scholz said in Berlin that the compromise was fair.", "Olaf Scholz"),  # in his capital
    ("Back home, Italian Prime Minister Giorgia Meloni told state television the deal was balanced.",
     "Giorgia Meloni"),  # reacting from home
    ("French President Emmanuel Macron said in a radio interview that the pledge was welcome.", "Emmanuel Macron"),
    ("Spanish Prime Minister Pedro Sánchez signed a similar pledge last year.", "Pedro Sánchez"),  # another time
    ("Justin Trudeau had signed the earlier declaration in 2019.", "Justin Trudeau"),  # historical, pluperfect
    ("Chinese President Xi Jinping said the alliance was stoking confrontation.", "Xi Jinping"),  # non-member comments
    ("Ukrainian President Volodymyr Zelensky said the alliance had let his country down.", "Volodymyr Zelenskyy"),
    ("German Foreign Minister Annalena Baerbock said the pledge was welcome.", "Annalena Baerbock"),  # no floor named
    ("\"Olaf Scholz signed nothing new,\" an aide said.", "Olaf Scholz"),  # a quote about him
    ("The communiqué praised Pedro Sánchez for his work on the southern flank.", "Pedro Sánchez"),  # an object
    ("Rishi Sunak, who skipped the summit, said the pledge was welcome.", "Rishi Sunak"),  # an absence
    ("Emmanuel Macron said he would sign the pledge with the other leaders.", "Emmanuel Macron"),  # a future
    ("Pedro Sánchez told reporters that the pledge was fair.", "Pedro Sánchez"),  # a press remark set nowhere
    ("Olaf Scholz, speaking in the Bundestag, backed the pledge.", "Olaf Scholz"),  # an aside setting another place
]


def _claims(ref, tmp_path, frame: tuple[str, str], sentence: str) -> dict[str, str]:
    head, published = frame
    out = extract_text(ref, tmp_path, head + sentence + "\n", published)
    return {a["person"]: a["status"] for a in out["attendees"] if a["person"]}


@pytest.mark.parametrize(("sentence", "person"), POSITIVES)
def test_leader_acting_in_report_attended(ref, tmp_path, sentence: str, person: str) -> None:
    assert _claims(ref, tmp_path, REPORT, sentence).get(person) == "attended"


@pytest.mark.parametrize(("sentence", "person"), NEGATIVES)
def test_leader_elsewhere_not_claimed(ref, tmp_path, sentence: str, person: str) -> None:
    assert _claims(ref, tmp_path, REPORT, sentence).get(person) in (None, "absent")


@pytest.mark.parametrize(("sentence", "person"), POSITIVES)
def test_rule_silent_in_preview(ref, tmp_path, sentence: str, person: str) -> None:
    head, published = PREVIEW
    out = extract_text(ref, tmp_path, head + sentence + "\n", published)
    assert not [a for a in out["attendees"] if a.get("rule") == "report_act"]


def test_analyst_not_claimed(ref, tmp_path) -> None:
    assert _claims(ref, tmp_path, REPORT, "Analyst Marta Kowalczyk said the summit had gone better than feared.") == {}
