"""The layout of a document: title, metadata lines, headings, paragraphs, code and separators.

Every reader (one module per format in :mod:`corpus.formats`) yields the text that will be stored
and a list of :class:`Block` spans into that text, so sections, paragraphs and sentences all carry
offsets into ``versions.text``. Readers that rebuild the text (Markdown, web pages, PDF, Word) do it
through :class:`LayoutBuilder`, which makes those offsets exact by construction.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .errors import InputError

MONTHS = ("january february march april may june july august september october november december").split()
_MONTH_RE = "|".join(m.capitalize() for m in MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
DATE_LINE = re.compile(
    rf"^(?:(?:Published|Date|Updated)\s*:?\s*)?(?:(?P<d1>\d{{1,2}})\s+)?(?P<month>{_MONTH_RE})\.?\s+"
    rf"(?:(?P<d2>\d{{1,2}}),?\s+)?(?P<year>(?:19|20)\d\d)$|^(?P<iso>(?:19|20)\d\d-\d\d(?:-\d\d)?)$"
)
BYLINE = re.compile(r"^By\s+(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:[A-Za-z_][\w-]*[ \t]*:.*\n)*)---[ \t]*\n")
SEPARATOR_TEXT = "* * *"


@dataclass
class Block:
    """One span of the stored text. kind: title, meta, heading, paragraph, code or separator.

    Only headings, separators and paragraphs shape sections; code is kept in the text but is not prose."""

    kind: str
    start: int
    end: int
    level: int = 1
    heading: str | None = None


@dataclass
class Layout:
    """text is what gets stored. meta holds what the file itself says about the document (title, author,
    date, url, site), weaker than what the text shows; front_matter holds Markdown front matter, which wins."""

    text: str
    blocks: list[Block]
    front_matter: dict[str, str] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)


def parse_layout(text: str, fmt: str, *, name: str = "<input>") -> Layout:
    """Split decoded text in a text-based format ('text', 'markdown' or 'html') into blocks."""
    from .formats import by_name

    reader = by_name(fmt)
    if reader.binary:
        raise ValueError(f"{fmt} is read from bytes, not text")
    return check_readable(reader.parse(text, name=name), name)


def check_readable(layout: Layout, name: str) -> Layout:
    if not any(b.kind in ("paragraph", "heading") for b in layout.blocks):
        raise InputError(name, "has no readable paragraphs (only markup, a title or symbols)",
                         "Check that the file holds the document's prose")
    return layout


def split_front_matter(text: str, name: str) -> tuple[dict[str, str], str]:
    """'---' key: value lines '---' at the very top -> (lower-cased keys -> values, the rest of the text)."""
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


def finish(text: str, blocks: list[Block]) -> None:
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


def _prose(text: str, keep_lines: bool) -> str:
    if keep_lines:
        return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())
    return " ".join(text.split())


class LayoutBuilder:
    """Build the stored text one block at a time, in Unicode NFC, so every offset is exact.

    Prose has its white space collapsed (keep_lines keeps single line breaks, as a Markdown source
    has them); code is kept as it is. prefix is text shown before the block but outside its span,
    such as a list marker, so the marker is in the stored text but never in a sentence."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []

    def add(self, kind: str, text: str, *, level: int = 1, prefix: str = "", gap: str = "\n\n",
            keep_lines: bool = False) -> Block | None:
        text = unicodedata.normalize("NFC", text).replace("\ufeff", "")  # as readers.py does for plain text
        text = text.strip("\n") if kind == "code" else _prose(text, keep_lines)
        if not text.strip():
            return None
        if self._parts:
            self._append(gap)
        self._append(unicodedata.normalize("NFC", prefix))
        start = self._length
        self._append(text)
        block = Block(kind, start, self._length, level=level,
                      heading=text if kind in ("heading", "title") else None)
        self.blocks.append(block)
        return block

    def _append(self, piece: str) -> None:
        self._parts.append(piece)
        self._length += len(piece)

    def build(self, *, meta: dict[str, str] | None = None, front_matter: dict[str, str] | None = None,
              title_from_heading: bool = True) -> Layout:
        """The Layout; with title_from_heading, a level-1 heading that opens the document is its title."""
        text = "".join(self._parts) + ("\n" if self._parts else "")
        first = self.blocks[0] if self.blocks else None
        if title_from_heading and first and first.kind == "heading" and first.level == 1:
            first.kind = "title"
        finish(text, self.blocks)
        return Layout(text, self.blocks, front_matter=front_matter or {}, meta=meta or {})
