"""Fast rule-based sentence splitting with character offsets.

One regular expression finds candidate boundaries (terminal punctuation, optional closing
quotes or brackets, white space, then an upper-case letter, digit or opening quote); a few
dictionary checks reject abbreviations, initials and acronyms. No per-character Python loop.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sr jr st mt vs v gen gov sen rep col lt capt cmdr adm sgt rev hon pres amb
e.g i.e cf al approx est fig no nos vol pp para art sec ch op
jan feb mar apr jun jul aug sep sept oct nov dec
""".split())
_CANDIDATE = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")
_NEXT_WORD = re.compile(r"[\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(\[]?([A-Za-z]+)")
_LIST_ITEM = re.compile(r"\n(?=[ \t]*(?:[-*+\u2022]|\d+[.)])\s)")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+$")
# After an acronym such as U.S. or a.m., these words almost always open a new sentence.
SENTENCE_STARTERS = frozenset("""
The This That These Those It Its He She They We I You Our Their His Her But However Yet And So Still
Meanwhile Moreover Furthermore Instead Indeed Therefore Thus In On At For As If When While Although
Such There Many Most Some A An
""".split())


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of text[start:end], trimmed of white space."""
    end = len(text) if end is None else end
    cuts = [start]
    for match in _CANDIDATE.finditer(text, start, end):
        if _is_boundary(text, match.start(), start):
            cuts.append(match.end())
    for match in _LIST_ITEM.finditer(text, start, end):
        cuts.append(match.start())
    cuts.sort()
    cuts.append(end)
    spans = []
    for left, right in zip(cuts, cuts[1:]):
        while left < right and text[left].isspace():
            left += 1
        while right > left and text[right - 1].isspace():
            right -= 1
        if left < right:
            spans.append((left, right))
    return spans


def _is_boundary(text: str, punct: int, floor: int) -> bool:
    if text[punct] != ".":
        return True
    word_start = punct
    while word_start > floor and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"\u201c":
        word_start -= 1
    token = text[word_start:punct]
    if not token:
        return True
    if token.lower().rstrip(".") in ABBREVIATIONS:
        return False
    if not _INITIALS.match(token + "."):
        return True
    # U.S., U.K., J. (initials): the dot belongs to the token, unless an acronym ends the sentence
    # ("... toward the U.S. The next ...").
    return len(token) > 2 and _next_word(text, punct) in SENTENCE_STARTERS


def _next_word(text: str, punct: int) -> str:
    match = _NEXT_WORD.match(text, punct + 1)
    return match.group(1) if match else ""
