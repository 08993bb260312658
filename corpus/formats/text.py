"""Plain text: headings, title, date and byline lines recognised from the layout of the lines."""

from __future__ import annotations

import re

from ..layout import BYLINE, DATE_LINE, Block, Layout, split_front_matter
from ..sentences import ABBREVIATIONS

_SEPARATOR = re.compile(r"^[^\w\s]+(?:\s+[^\w\s]+)*$")
_NUMBERED = re.compile(r"^(?P<num>(?:\d+\.)*\d+\.?|[IVX]+\.)\s+\S")
_MINOR = set("a an and as at but by for from in into nor of on or over the to under up upon with vs".split())
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_TERMINAL = tuple(".!?,;:\u2026")
_CLOSING = "\"'\u201d\u2019"     # quotation marks that may close a sentence after its full stop (not a bracketed note's)


def parse(text: str, *, name: str) -> Layout:
    """The text is stored as it is (after front matter); blocks are runs of non-blank lines."""
    front, text = split_front_matter(text, name)
    return Layout(text, text_blocks(text), front_matter=front)


def _raw_blocks(text: str):
    """(start, end) of each run of non-blank lines, trimmed of surrounding whitespace."""
    for match in re.finditer(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", text):
        chunk = match.group()
        yield match.start() + len(chunk) - len(chunk.lstrip()), match.start() + len(chunk.rstrip())


def read_as_opening_unless_titled(layout: Layout, title: str) -> None:
    """Where the caller gives the title, a first line the layout alone took for the title, and that is not it,
    is the text's opening when it reads as text: a lead-in ending with a colon or a comma ("There are only three
    ways the pact could end:", "Dear Shinzo,"), or, in sentence case, a question or two sentences. An interviewer's
    question ("Q: What led to...?") is never a title. On 30 real texts whose first line was taken for a title, 25 were
    not the title given, all of them text; 22 read so here (three headline-like ones in title case stay titles). A
    masthead ("Open Lanes: a newsletter on Asian trade") or an editor's bracketed note stays out of the text."""
    first = layout.blocks[0] if layout.blocks else None
    if first is None or first.kind != "title":
        return
    line = layout.text[first.start:first.end].strip()
    if line.startswith("[") or _same_title(line, title):
        return
    ends_a_lead_in = line.rstrip(_CLOSING).endswith((":", ","))
    # (a headline in title case stays the title unless it leads in: "Will Japan Go Nuclear?", "Adm. Harris Warns")
    if ends_a_lead_in or (not _title_case(line, share=HEADLINE_CAPITALS) and (
            line.rstrip(_CLOSING).endswith("?") or _two_sentences(line))):
        first.kind, first.heading = "paragraph", None


def _two_sentences(line: str) -> bool:
    """Whether a sentence ends inside the line: a word of lower-case letters or a number, then its stop and a
    capital ("...its sixth nuclear test yesterday. How far will it go?"), not an initial or an abbreviation ("U.S.
    Vice President", "Mr. Abe", "Adm. Harris")."""
    return any(match.group("word").lower() not in ABBREVIATIONS for match in _SENTENCE_END.finditer(line))


def _same_title(line: str, title: str) -> bool:
    """Whether the line is the given title: the same words, in about the same order and number ("Two Piers for One
    Strait?" for "Two piers for one strait"), or the title followed by more ("Two Piers: a subtitle")."""
    from rapidfuzz import fuzz

    line, title = line.lower(), title.lower()
    return line.startswith(title) or fuzz.token_sort_ratio(line, title) >= SAME_TITLE


SAME_TITLE = 80     # token-sort similarity of a first line to the given title at which it is that title
_QUESTION_LABEL = re.compile(r"^(?:Q|Question)\s*[:.]\s")
_SENTENCE_END = re.compile(r"\b(?P<word>[A-Za-z][a-z]+|\d+)[.?!][\"'\u201d\u2019]? [A-Z\u201c\"]")


def text_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    for start, end in _raw_blocks(text):
        lines = text[start:end].split("\n")
        first = lines[0].strip()
        # A heading typed directly above its paragraph, with no blank line between.
        if len(lines) > 1 and _looks_like_heading(first) and len(" ".join(lines[1:]).split()) > 12:
            blocks.append(_classify_line(text, start, start + len(lines[0].rstrip()), blocks))
            rest = start + len(lines[0]) + 1
            while text[rest].isspace():
                rest += 1
            blocks.append(Block("paragraph", rest, end))
        elif len(lines) == 1:
            blocks.append(_classify_line(text, start, end, blocks))
        elif _front_stack(lines, blocks):
            blocks.extend(_front_lines(text, start, lines, blocks))
        else:
            blocks.append(Block("paragraph", start, end))
    _nest_announced_headings(text, blocks)
    return blocks


def _front_stack(lines: list[str], before: list[Block]) -> bool:
    """Whether a block of several lines before any paragraph is a stack of front lines, a line each ("Open Lanes:
    a newsletter on Asian trade" over "Issue 112", "Hitoshi Tanaka" over "April 2017"), not a wrapped paragraph:
    every line short, and none ending as a sentence or a clause does (wrapped prose ends its last line so)."""
    return not any(b.kind == "paragraph" for b in before) and all(
        len(line.split()) <= HEADING_WORDS and not line.rstrip().rstrip("\"'\u201d\u2019)*_").endswith(_TERMINAL)
        for line in lines)


HEADING_WORDS = 14      # a heading's longest, and a front line's
# the share of capitalised content words in a headline that ends with a full stop inside quotation marks: names alone
# capitalise 0.6 of a sentence ("U.S. Vice President Mike Pence delivered a speech on the "future of U.S.-China ties."")
HEADLINE_CAPITALS = 0.8


def _front_lines(text: str, start: int, lines: list[str], before: list[Block]) -> list[Block]:
    """One block per line of a front stack: the title (the document's first line), date and byline lines as
    metadata, and every other line too (a publication's name, an issue number, "Interview transcript, edited
    for length"), which is neither a heading over the text nor a sentence of it."""
    out: list[Block] = []
    offset = start
    for line in lines:
        begin = offset + len(line) - len(line.lstrip())
        block = _classify_line(text, begin, offset + len(line.rstrip()), before + out)
        out.append(block if block.kind in ("title", "meta", "separator") else Block("meta", block.start, block.end))
        offset += len(line) + 1
    return out


def _classify_line(text: str, start: int, end: int, before: list[Block]) -> Block:
    """One single-line block: separator, title (first line), date or byline near the top, heading or paragraph."""
    line = text[start:end].strip()
    if _SEPARATOR.match(line):
        return Block("separator", start, end)
    if not before and len(line.split()) <= 25 and not line.endswith(".") and not _QUESTION_LABEL.match(line) and (
            not _sentence_in_quotes(line) or _SPEAKER_LABEL.match(line)):
        # (an interviewer's question is read as it would be further on: a heading over its answer, or text)
        return Block("title", start, end, heading=line)
    near_top = len(before) < 6 and not any(b.kind == "paragraph" for b in before)
    if near_top and (DATE_LINE.match(line) or BYLINE.match(line)):
        return Block("meta", start, end)
    if _looks_like_heading(line):
        numbered = _NUMBERED.match(line)
        level = numbered.group("num").rstrip(".").count(".") + 1 if numbered else 1
        return Block("heading", start, end, level=level, heading=line)
    return Block("paragraph", start, end)


def _sentence_in_quotes(line: str) -> bool:
    """Whether a line in sentence case ends its sentence inside a closing quotation mark: 'U.S. Vice President Mike
    Pence delivered a speech on the "future of the relationship."' opens a text; it is neither its title nor a
    heading. A headline quoting its speaker is in title case ('"I Was Sceptical. I Have Changed My Mind."'); as a
    first line, one that names its speaker in a label before a colon is a title too (_SPEAKER_LABEL)."""
    return line.rstrip(_CLOSING).endswith(".") and line[-1] in _CLOSING and \
        not _title_case(line, share=HEADLINE_CAPITALS)


# a headline's label naming who speaks, every word capitalised ('Kishida: "Japan will not waver."', 'Mayor Cho:
# "..."'; not 'He added: "We will act."')
_SPEAKER_LABEL = re.compile(r"^(?:[A-Z][\w.'\u2019-]*\s){0,2}[A-Z][\w.'\u2019-]*: [\"'\u201c\u2018]")


def _title_case(line: str, *, share: float) -> bool:
    """Whether most of the line's content words are capitalised (or numbers), as in a headline, a word's opening
    quotation mark set aside."""
    content = [word for word in (t.lstrip("\"'\u201c\u2018(") for t in line.split()) if word.lower() not in _MINOR]
    return sum(1 for t in content if t[:1].isupper() or t[:1].isdigit()) >= share * len(content)


def _looks_like_heading(line: str) -> bool:
    tokens = line.split()
    question = line.endswith("?") and len(tokens) >= 3
    if (not tokens or len(tokens) > HEADING_WORDS or len(line) > 110 or (line.endswith(_TERMINAL) and not question)
            or DATE_LINE.match(line) or _sentence_in_quotes(line)):
        return False
    if not re.search(r"[A-Za-z]", line) or not (line[0].isupper() or line[0].isdigit() or line[0] in "\"\u201c'"):
        return False
    if line.isupper() or (len(tokens) <= 6 and not question):
        return True
    content = [t for t in tokens if t.lower() not in _MINOR]
    capitalised = sum(1 for t in content if t[:1].isupper() or t[:1].isdigit())
    return capitalised >= 0.6 * len(content)


def _nest_announced_headings(text: str, blocks: list[Block]) -> None:
    """'Four Key Issues...' followed by a lead-in ending without a full stop or with a colon:
    the headings it announces sit one level below it, up to the announced count or a separator."""
    for index, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        lead = blocks[index + 1] if index + 1 < len(blocks) else None
        after = blocks[index + 2] if index + 2 < len(blocks) else None
        if not (lead and after and lead.kind == "paragraph" and after.kind == "heading"):
            continue
        lead_text = text[lead.start:lead.end].rstrip()
        if lead_text.endswith((".", "!", "?", "\u201d", '"')):
            continue
        count = _announced_count(block.heading or "") or _announced_count(lead_text)
        if count is None:
            continue  # without an announced number the extent of the nesting is a guess: leave it flat
        for child in blocks[index + 2:]:
            if child.kind == "separator" or count == 0:
                break
            if child.kind == "heading":
                if child.level <= block.level:
                    child.level = block.level + 1
                count -= 1


def _announced_count(text: str) -> int | None:
    for word in re.findall(r"[A-Za-z]+|\d+", text.lower()):
        if word in _NUMBER_WORDS:
            return _NUMBER_WORDS[word]
        if word.isdigit() and 1 < int(word) <= 20:
            return int(word)
    return None
