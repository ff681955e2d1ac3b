"""Sentence splitting with character spans, and recognition of credit lines and headings."""

from __future__ import annotations

import re

from pipeline.model import Sentence

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "gov", "sen", "rep",
    "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "u.s", "u.n", "u.k", "e.u", "u.a.e",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "hon",
}
# dotted initials before a name ('S.M. Krishna', 'P.V. Narasimha Rao'): not a full stop, unless a word that starts
# sentences follows ('... in D.C. The talks')
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")
_NAME_AFTER = re.compile(r"\s+(?!(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|Or|This|That|These|Those|There|His|Her|"
                         r"Its|Their|After|Before|While|When|As|For|Also|However|Meanwhile|Officials|Leaders)\b)[A-Z][a-z]")
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-Ý])")
_CREDIT = re.compile(
    r"^\W*(contributions? to this report|additional reporting|reporting by|writing by|editing by|"
    r"compiled by|written by|with reporting|contributed to this report|copyright|all rights reserved|"
    r"\(?reporting by)|writers? from|correspondents? (in|from)|contributed reporting|"
    r"this (story|article|report) (was|has been) (updated|corrected)|^\W*(photo|image|file photo|credit)s?\s*:",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^[\W_]*$")
_NUMBERED = re.compile(r"\s*\d{1,2}")
# a caption telling what its people do: 'Photo: President X welcomes Prime Minister Y at the venue on Monday.' (not a
# file photo): a sentence of the report, not a credit
_CAPTION_ACT = re.compile(r"^\W*(?:photo|picture|image)\s*:\s*(?-i:[A-Z])(?![^.]*\b(?:file|archive)\b)[^.:]{0,120}?"
                          r"\b(?:welcomes|greets|meets|receives|embraces|hugs|talks\s+(?:to|with))\s+(?-i:[A-Z])", re.I)
MAX_SENTENCE = 3000  # characters; longer runs are cut (real sentences are far shorter)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Return True when the full stop at `dot` ends an abbreviation or an initial."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if _INITIALS.fullmatch(text, start, dot) and _NAME_AFTER.match(text, dot + 1):
        return True
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _chunk(line: str, a: int, b: int) -> list[tuple[int, int]]:
    """Cut a run-on 'sentence' longer than MAX_SENTENCE at a comma or space, so no rule ever sees a huge one."""
    pieces = []
    while b - a > MAX_SENTENCE:
        cut = max(line.rfind(", ", a, a + MAX_SENTENCE), line.rfind(" ", a, a + MAX_SENTENCE))
        cut = cut + 1 if cut > a + MAX_SENTENCE // 2 else a + MAX_SENTENCE
        pieces.append((a, cut))
        a = cut
    pieces.append((a, b))
    return pieces


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    """Split one line into sentence spans, absolute to the article text."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(line):
        if line[m.start()] == "." and (_is_abbreviation(line, m.start()) or _NUMBERED.fullmatch(line[:m.start()])):
            continue  # an abbreviation, or a list's numbering ('2. Egypt: President X')
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(line)))
    result = []
    for a, b in (piece for span in spans for piece in _chunk(line, *span)):
        while a < b and line[a].isspace():
            a += 1
        while b > a and line[b - 1].isspace():
            b -= 1
        if b > a:
            result.append((offset + a, offset + b))
    return result


def classify(text: str, is_title: bool) -> str:
    """Return a sentence's kind: title, credit (bylines, photo credits), heading, or body."""
    if is_title:
        return "title"
    if (_CREDIT.search(text) and not _CAPTION_ACT.match(text)) or _SEPARATOR.match(text):
        return "credit"
    if not text.rstrip().endswith((".", "!", "?", '"', "”", ":")) and len(text.split()) <= 8:
        return "heading"
    return "body"


def split_sentences(text: str, title: str = "") -> list[Sentence]:
    """Split `text` into sentences with spans; lines are paragraph boundaries."""
    sentences: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        for a, b in _split_line(line, offset):
            chunk = text[a:b]
            is_title = not sentences and bool(title) and chunk.strip() == title.strip()
            sentences.append(Sentence(len(sentences), a, b, chunk, classify(chunk, is_title)))
        offset += len(line) + 1
    return sentences
