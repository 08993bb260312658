"""Recognise the layout of a document: title, metadata lines, headings, paragraphs, separators.

Every reader yields the text that will be stored and a list of :class:`Block` spans into
that text, so sections, paragraphs and sentences all carry offsets into ``versions.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .errors import InputError

MONTHS = ("january february march april may june july august september october november december").split()
_MONTH_RE = "|".join(m.capitalize() for m in MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
DATE_LINE = re.compile(
    rf"^(?:(?:Published|Date|Updated)\s*:?\s*)?(?:(?P<d1>\d{{1,2}})\s+)?(?P<month>{_MONTH_RE})\.?\s+"
    rf"(?:(?P<d2>\d{{1,2}}),?\s+)?(?P<year>(?:19|20)\d\d)$|^(?P<iso>(?:19|20)\d\d-\d\d(?:-\d\d)?)$"
)
BYLINE = re.compile(r"^By\s+(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})$")
_SEPARATOR = re.compile(r"^[^\w\s]+(?:\s+[^\w\s]+)*$")
_NUMBERED = re.compile(r"^(?P<num>(?:\d+\.)*\d+\.?|[IVX]+\.)\s+\S")
_ATX = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
_SETEXT = re.compile(r"^(=+|-+)[ \t]*$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:[A-Za-z_][\w-]*[ \t]*:.*\n)*)---[ \t]*\n")
_MINOR = set("a an and as at but by for from in into nor of on or over the to under up upon with vs".split())
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_TERMINAL = tuple(".!?,;:\u2026")


@dataclass
class Block:
    """One span of the stored text. kind: title, meta, heading, paragraph or separator."""

    kind: str
    start: int
    end: int
    level: int = 1
    heading: str | None = None


@dataclass
class Layout:
    text: str
    blocks: list[Block]
    front_matter: dict[str, str] = field(default_factory=dict)
    html_meta: dict[str, str] = field(default_factory=dict)


def parse_layout(text: str, fmt: str, *, name: str = "<input>") -> Layout:
    """Split text in the given format ('text', 'markdown' or 'html') into blocks."""
    if fmt == "html":
        layout = _parse_html(text)
    else:
        front, text = _split_front_matter(text, name)
        blocks = _markdown_blocks(text) if fmt == "markdown" else _text_blocks(text)
        layout = Layout(text, blocks, front_matter=front)
    if not any(b.kind in ("paragraph", "heading") for b in layout.blocks):
        raise InputError(name, "has no readable paragraphs (only markup, a title or symbols)",
                         "Check that the file holds the document's prose")
    return layout


def _split_front_matter(text: str, name: str) -> tuple[dict[str, str], str]:
    if not text.startswith("---"):
        return {}, text
    match = _FRONT_MATTER.match(text)
    if not match:
        if re.match(r"\A---[ \t]*\n[A-Za-z_][\w-]*[ \t]*:", text):
            raise InputError(name, "starts a front-matter block with '---' but never closes it",
                             "End the metadata block with a line holding only '---'")
        return {}, text
    values = {}
    for line in match.group("body").splitlines():
        key, _, value = line.partition(":")
        values[key.strip().lower()] = value.strip().strip('"').strip("'")
    return values, text[match.end():]


def _raw_blocks(text: str):
    """(start, end) of each run of non-blank lines, trimmed of surrounding whitespace."""
    for match in re.finditer(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", text):
        chunk = match.group()
        yield match.start() + len(chunk) - len(chunk.lstrip()), match.start() + len(chunk.rstrip())


def _text_blocks(text: str) -> list[Block]:
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
        else:
            blocks.append(Block("paragraph", start, end))
    _nest_announced_headings(text, blocks)
    return blocks


def _classify_line(text: str, start: int, end: int, before: list[Block]) -> Block:
    """One single-line block: separator, title (first line), date or byline near the top, heading or paragraph."""
    line = text[start:end].strip()
    if _SEPARATOR.match(line):
        return Block("separator", start, end)
    if not before and len(line.split()) <= 25 and not line.endswith("."):
        return Block("title", start, end, heading=line)
    near_top = len(before) < 6 and not any(b.kind == "paragraph" for b in before)
    if near_top and (DATE_LINE.match(line) or BYLINE.match(line)):
        return Block("meta", start, end)
    if _looks_like_heading(line):
        numbered = _NUMBERED.match(line)
        level = numbered.group("num").rstrip(".").count(".") + 1 if numbered else 1
        return Block("heading", start, end, level=level, heading=line)
    return Block("paragraph", start, end)


def _looks_like_heading(line: str) -> bool:
    tokens = line.split()
    question = line.endswith("?") and len(tokens) >= 3
    if (not tokens or len(tokens) > 14 or len(line) > 110 or (line.endswith(_TERMINAL) and not question)
            or DATE_LINE.match(line)):
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


def _markdown_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    for start, end in _raw_blocks(text):
        offset = start
        lines = text[start:end].split("\n")
        paragraph_start: int | None = None
        paragraph_end = start
        for number, line in enumerate(lines):
            line_end = offset + len(line)
            atx = _ATX.match(line)
            setext = number + 1 < len(lines) and _SETEXT.match(lines[number + 1]) and line.strip() and paragraph_start is None
            if atx or setext:
                if paragraph_start is not None:
                    blocks.append(Block("paragraph", paragraph_start, paragraph_end))
                    paragraph_start = None
                level = len(atx.group(1)) if atx else (1 if lines[number + 1].startswith("=") else 2)
                heading = (atx.group(2) if atx else line).strip()
                blocks.append(Block("heading", offset, line_end, level=level, heading=heading))
            elif _SETEXT.match(line) and blocks and blocks[-1].kind == "heading" and blocks[-1].end == offset - 1:
                blocks[-1].end = line_end
            elif _SEPARATOR.match(line.strip()) and paragraph_start is None:
                blocks.append(Block("separator", offset, line_end))
            else:
                if paragraph_start is None:
                    paragraph_start = offset + (len(line) - len(line.lstrip()))
                paragraph_end = line_end
            offset = line_end + 1
        if paragraph_start is not None:
            blocks.append(Block("paragraph", paragraph_start, paragraph_end))
    first = next((b for b in blocks), None)
    if first and first.kind == "heading" and first.level == 1:
        first.kind = "title"
    _finish(text, blocks)
    return blocks


def _finish(text: str, blocks: list[Block]) -> None:
    """Date and byline lines before the first paragraph are metadata; the top heading level becomes 1."""
    for block in blocks:
        if block.kind != "paragraph":
            continue
        line = text[block.start:block.end].strip().strip("*_ ")
        if "\n" in line or not (DATE_LINE.match(line) or BYLINE.match(line)):
            break
        block.kind = "meta"
    headings = [b.level for b in blocks if b.kind == "heading"]
    shift = min(headings) - 1 if headings else 0
    for block in blocks:
        if block.kind == "heading":
            block.level -= shift


_DROP = {"script", "style", "nav", "noscript", "template", "svg", "form", "footer", "aside", "head", "iframe"}
_BLOCK_TAGS = {"p", "li", "blockquote", "div", "section", "article", "td", "th", "pre", "dd", "dt", "figcaption",
               "main", "header", "ul", "ol", "table", "tr", "body", "br", "hr"}


class _HTMLBlocks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items: list[tuple[str, int, str]] = []  # (kind, level, text)
        self.meta: dict[str, str] = {}
        self._buffer: list[str] = []
        self._heading_level = 0
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in _DROP:
            self._skip += 1
            return
        if tag == "meta":
            attributes = dict(attrs)
            key = (attributes.get("name") or attributes.get("property") or "").lower()
            if key and attributes.get("content"):
                self.meta[key] = attributes["content"]
        elif tag == "title":
            self._in_title = True
        elif re.fullmatch(r"h[1-6]", tag):
            self._flush()
            self._heading_level = int(tag[1])
        elif tag in _BLOCK_TAGS:
            self._flush()
            if tag == "hr":
                self.items.append(("separator", 1, "* * *"))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in _DROP:
            self._skip -= 1

    def handle_endtag(self, tag):
        if tag in _DROP:
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False
        elif re.fullmatch(r"h[1-6]", tag) or tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data):
        if self._in_title:
            self.meta["title"] = self.meta.get("title", "") + data.strip()
        elif not self._skip:
            self._buffer.append(data)

    def _flush(self):
        words = " ".join("".join(self._buffer).split())
        self._buffer = []
        if words:
            kind = "heading" if self._heading_level else "paragraph"
            self.items.append((kind, self._heading_level or 1, words))
        self._heading_level = 0

    def close(self):
        super().close()
        self._flush()


def _parse_html(source: str) -> Layout:
    parser = _HTMLBlocks()
    parser.feed(source)
    parser.close()
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for kind, level, words in parser.items:
        if parts:
            offset += 2
        blocks.append(Block(kind, offset, offset + len(words), level=level, heading=words if kind == "heading" else None))
        parts.append(words)
        offset += len(words)
    text = "\n\n".join(parts) + "\n"
    if blocks and blocks[0].kind == "heading" and blocks[0].level == 1:
        blocks[0].kind = "title"
    elif "title" in parser.meta:
        parser.meta.setdefault("og:title", parser.meta["title"])
    _finish(text, blocks)
    return Layout(text, blocks, html_meta=parser.meta)
