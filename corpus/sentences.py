"""Fast rule-based sentence splitting with character offsets.

One regular expression finds candidate boundaries (terminal punctuation, optional closing
quotes or brackets, white space, then an upper-case letter, digit, opening quote or a letter of a
script without case: Hebrew, Arabic, Devanagari, Chinese, Japanese, Korean); a few dictionary
checks reject abbreviations, initials and acronyms. Chinese and Japanese full stops (。！？) end a
sentence without any space after them. Invisible U+FEFF / U+200B / U+2060 count as space around a
boundary. No per-character Python loop.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sr jr st mt vs v gen gov sen rep col lt capt cmdr adm sgt rev hon pres amb
e.g i.e cf al approx est fig no nos vol pp para art sec ch op
jan feb mar apr jun jul aug sep sept oct nov dec
""".split())
_INVISIBLE = "\ufeff\u200b\u2060"
_CASELESS = ("\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"  # Hebrew, Arabic
             "\u0900-\u097f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af")  # Devanagari, CJK, Hangul
_CLOSERS = "\"'\u201d\u2019)\\]\u00bb"
_OPENERS = "\"'\u201c\u2018(\\[\u00ab"
_CJK_CLOSERS = "\u300d\u300f\uff09\u3015\u3011\u300b\u201d\u2019)"
_CANDIDATE = re.compile(
    # Latin, Hebrew and Arabic punctuation (؟ question mark, ۔ full stop) and the Devanagari danda:
    # a space, then what can open a sentence.
    # A footnote's number may follow, glued ("...of peace."1 If...", "...adventures.[1] Abroad").
    rf"[.!?\u2026\u061f\u06d4\u0964\u0965]+[{_CLOSERS}]*(?:\d{{1,3}}|\[\d{{1,3}}\])?"
    rf"(?=[\s{_INVISIBLE}]+[{_OPENERS}]?[A-Z0-9{_CASELESS}])"
    # CJK full stops need no space; a closing quote followed by と / って is a quotation inside the sentence.
    rf"|[\u3002\uff01\uff1f\uff61]+(?:[{_CJK_CLOSERS}]+(?![\u3068\u3063])|(?![{_CJK_CLOSERS}]))(?=\S)")
# a footnote's number after the full stop: after a closing quote or bracket, or after a word (not a number's digits)
_FOOTNOTE_AFTER = re.compile(rf"[.!?\u2026]+(?:[{_CLOSERS}]+\d{{1,3}}|[{_CLOSERS}]*\[\d{{1,3}}\])")
_GLUED_FOOTNOTE = re.compile(r"[.!?]+\d{1,2}")     # "rose sharply.2 Japan...", after a word's letters
_NUMBERING = frozenset(("no", "nos"))       # abbreviations only before a number
_NUMBER_AFTER = re.compile(r"\s*\d")
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
        if _is_boundary(text, match.start(), start, match.end()):
            cuts.append(match.end())
    for match in _LIST_ITEM.finditer(text, start, end):
        cuts.append(match.start())
    cuts.sort()
    cuts.append(end)
    spans = []
    for left, right in zip(cuts, cuts[1:]):
        while left < right and (text[left].isspace() or text[left] in _INVISIBLE):
            left += 1
        while right > left and (text[right - 1].isspace() or text[right - 1] in _INVISIBLE):
            right -= 1
        if left < right:
            spans.append((left, right))
    if any(right - left > LONG_SENTENCE for left, right in spans):
        spans = [piece for span in spans for piece in _lower_case_starts(text, *span)]
    return spans


LONG_SENTENCE = 400     # characters: about seventy words, rare in prose whose sentences open in upper case
# words before a full stop that a lower-case word may follow inside a sentence ("Acme Inc. said", "tolls, fees etc. and")
_LOWER_CASE_ABBREVIATIONS = frozenset("etc inc co corp ltd llc plc bros al vs approx govt dept esp ca viz ed eds "
                                      "cf resp incl excl intl natl min yr yrs hrs mos ibid".split())
# a single full stop (no ellipsis), closers, space, then a lower-case letter
_LOWER_CASE_START = re.compile(rf"(?<!\.)\.[{_CLOSERS}]*(?=[\s{_INVISIBLE}]+[{_OPENERS}]?[a-z])")


def _lower_case_starts(text: str, left: int, right: int) -> list[tuple[int, int]]:
    """A very long sentence cut where a full stop is followed by a lower-case word, in text whose sentences open in
    lower case ("...by the day. to begin with, ...", from a page or a PDF that lost its capitals), which would
    otherwise run a paragraph into one sentence: only a span that itself opens on a lower-case letter (not on a
    capital, a digit or a quotation mark), so that a sentence in ordinary case is never cut. Spans of ordinary length,
    ellipses, question and exclamation marks (a quoted question before its teller), abbreviations and initials are not
    cut at."""
    if right - left <= LONG_SENTENCE or not text[left].islower():
        return [(left, right)]
    stops = [match for match in _LOWER_CASE_START.finditer(text, left, right)
             if _is_boundary(text, match.start(), left, match.end())
             and _word_before(text, match.start(), left).lower() not in _LOWER_CASE_ABBREVIATIONS
             and text[max(left, match.start() - 2):match.start()] != ". "]    # (". . . and": a spaced ellipsis)
    if not stops:
        return [(left, right)]
    cuts = [left] + [match.end() for match in stops] + [right]
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        while start < end and (text[start].isspace() or text[start] in _INVISIBLE):
            start += 1
        if start < end:
            pieces.append((start, end))
    return pieces


def _word_before(text: str, punct: int, floor: int) -> str:
    start = punct
    while start > floor and text[start - 1].isalpha():
        start -= 1
    return text[start:punct]


def _is_boundary(text: str, punct: int, floor: int, end: int) -> bool:
    if text[end - 1].isdigit() and not _FOOTNOTE_AFTER.fullmatch(text, punct, end) and not (
            punct > floor and text[punct - 1].isalpha() and _GLUED_FOOTNOTE.fullmatch(text, punct, end)):
        return False        # "by 3.5 Million", "Section 2.1 The": a number's decimals, not a footnote
    if text[punct] != ".":
        return True
    word_start = punct
    while word_start > floor and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"\u201c":
        word_start -= 1
    token = text[word_start:punct]
    if not token:
        return True
    if token.lower().rstrip(".") in ABBREVIATIONS:
        # "No. 3" numbers; "Resigned, no. The pier..." ends a sentence on the word
        return token.lower() in _NUMBERING and not _NUMBER_AFTER.match(text, punct + 1)
    # an acronym at the end of a hyphenated name is still an acronym ("the Japan-U.S. Security Treaty")
    token = token.rsplit("-", 1)[-1].rsplit("\u2013", 1)[-1]
    if not _INITIALS.match(token + "."):
        return True
    # U.S., U.K., J. (initials): the dot belongs to the token, unless an acronym ends the sentence
    # ("... toward the U.S. The next ...").
    return len(token) > 2 and _next_word(text, punct) in SENTENCE_STARTERS


def _next_word(text: str, punct: int) -> str:
    match = _NEXT_WORD.match(text, punct + 1)
    return match.group(1) if match else ""
