"""The windowed mojibake check says exactly what ftfy's own check says, on the whole text."""

from __future__ import annotations

import ftfy.badness
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.repair import looks_bad

# ASCII, the characters ftfy's patterns are made of, and some mojibake as it appears in the wild.
ALPHABET = "ab Z.,-\n\t?!" + "ÃÂÎÐ€œŠš¢£Ÿž\xa0\xad®©°·»¡«¿‘‚“„•‹™–—´ĂłŁВГРСўЂΒΓΞΟβ€ā€ØÙ√≈‚Äàéñ│┌×²³" + "\x85\x9f"
PIECES = ["AntĂłnio", "JosÃ© ", "â€™", "ГўВЂВ a", "Ã ", "Â ", "naïve café", "“quoted”", "Erdoğan", "ØÙ ØÙ "]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=12) | st.sampled_from(PIECES), max_size=30))
def test_windowed_check_equals_ftfys_check(parts):
    text = "".join(parts)
    assert looks_bad(text) == ftfy.badness.is_bad(text)


def test_it_sees_mojibake_far_into_a_long_text():
    text = "Plain words. " * 2000 + "He met JosÃ© in “Lisbon”." + " More plain words." * 100
    assert looks_bad(text) and not looks_bad(text.replace("Ã©", "é"))
