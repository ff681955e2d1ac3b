"""A run that touches thousands of subjects publishes readable artifacts, not megabytes (plain functions)."""

from __future__ import annotations

from flows.artifacts import MAX_CHANGE_LINES, MAX_ROWS, Picture, _table, changes_markdown


def _attendee(i: int) -> dict:
    return {"person": f"Person {i}", "country": "Ruritania", "status": "attended", "n_sources": 1}


def test_a_long_table_keeps_its_first_rows_and_says_how_many_more():
    rows = [{"summit": f"s{i}", "person": f"p{i}"} for i in range(MAX_ROWS + 123)]
    table = _table(rows, {"summit": "(none)"})
    assert table[:MAX_ROWS] == rows[:MAX_ROWS] and len(table) == MAX_ROWS + 1
    assert "123 more rows" in table[-1]["summit"]
    assert _table(rows[:3], {"summit": "(none)"}) == rows[:3] and _table([], {"summit": "(none)"}) == [{"summit": "(none)"}]


def test_a_long_change_report_is_cut_with_a_count_of_what_is_left():
    after = Picture(attendees={(f"summit-{i // 10}", f"Person {i}"): _attendee(i) for i in range(5_000)})
    text = changes_markdown("load-articles", Picture(), after)
    assert text.count("\n- ") < MAX_CHANGE_LINES and len(text) < 200_000
    listed = text.count("\n- ")
    assert f"and {5_000 - listed} more changes" in text
