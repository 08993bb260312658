"""Markdown through a CommonMark parser (markdown-it-py).

The stored text is the document as a reader sees it: headings and paragraphs without their markup,
list items after their marker, fenced code kept verbatim as a code block (never a section, never
sentences), inline markup and link targets dropped (a link keeps its text), raw HTML reduced to
its text (comments, scripts and styles dropped).
Front matter (--- key: value ---) is read first and is not part of the text.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..layout import SEPARATOR_TEXT, Layout, LayoutBuilder, split_front_matter

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_NOT_TEXT = re.compile(r"<!--.*?(?:-->|\Z)|<(script|style)\b.*?(?:</\1\s*>|\Z)", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    class TargetsAsWritten(MarkdownIt):
        # Link targets are dropped, so percent-encoding them (half the parse time on link-heavy text) is waste.
        def normalizeLink(self, url: str) -> str:
            return url

    return TargetsAsWritten("commonmark").enable(["table", "strikethrough"])


def parse(text: str, *, name: str) -> Layout:
    front, body = split_front_matter(text, name)
    builder = LayoutBuilder()
    _Walker(builder).walk(_parser().parse(body))
    return builder.build(front_matter=front)


def plain(children) -> str:
    """Inline tokens -> the text a reader sees: no emphasis marks, backticks, link targets or images."""
    parts = []
    for token in children or ():
        if token.type in ("text", "code_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif token.type == "html_inline" and _BREAK_TAG.fullmatch(token.content.strip()):
            parts.append("\n")
        # em/strong/s/link open and close, images and other inline HTML add nothing.
    return "".join(parts)


class _Walker:
    def __init__(self, builder: LayoutBuilder):
        self.builder = builder
        self.lists: list[dict] = []  # open lists: marker, next number, whether an item was written
        self.row: list[str] | None = None
        self.heading_level = 0
        self.table_rows = 0

    def walk(self, tokens) -> None:
        for token in tokens:
            handler = getattr(self, "_" + token.type, None)
            if handler:
                handler(token)

    def _heading_open(self, token):
        self.heading_level = int(token.tag[1])

    def _heading_close(self, token):
        self.heading_level = 0

    def _inline(self, token):
        text = plain(token.children)
        if self.row is not None:
            self.row.append(" ".join(text.split()))
        elif self.heading_level:
            self.builder.add("heading", text, level=self.heading_level)
        elif self.lists:
            self._list_paragraph(text)
        else:
            self.builder.add("paragraph", text, keep_lines=True)

    def _list_paragraph(self, text):
        current = self.lists[-1]
        indent = "  " * (len(self.lists) - 1)
        if current["item_open"]:
            marker = f"{current['number']}. " if current["ordered"] else f"{current['marker']} "
            current["number"] += current["ordered"]
            current["item_open"] = False
            gap = "\n" if current["written"] else "\n\n"
            prefix = indent + marker
        else:  # a second paragraph inside the same item
            gap, prefix = "\n\n", indent + "  "
        if self.builder.add("paragraph", text, prefix=prefix, gap=gap, keep_lines=True):
            current["written"] = True

    def _open_list(self, *, ordered: bool, marker: str, number: int) -> None:
        # A list nested in an item follows its parent's line directly.
        nested = bool(self.lists) and self.lists[-1]["written"]
        self.lists.append({"ordered": ordered, "marker": marker, "number": number, "item_open": False,
                           "written": nested})

    def _bullet_list_open(self, token):
        self._open_list(ordered=False, marker=token.markup, number=0)

    def _ordered_list_open(self, token):
        self._open_list(ordered=True, marker=".", number=int(token.attrGet("start") or 1))

    def _bullet_list_close(self, token):
        self.lists.pop()

    _ordered_list_close = _bullet_list_close

    def _list_item_open(self, token):
        self.lists[-1]["item_open"] = True

    def _fence(self, token):
        fence = token.markup
        self.builder.add("code", f"{fence}{token.info}\n{token.content}{fence}")

    def _code_block(self, token):
        self.builder.add("code", token.content)

    def _html_block(self, token):
        """An HTML block in Markdown (a <div> around prose, a <p align=center>): its text is prose."""
        text = html.unescape(_TAG.sub(" ", _NOT_TEXT.sub(" ", token.content)))
        self.builder.add("paragraph", text)

    def _hr(self, token):
        self.builder.add("separator", SEPARATOR_TEXT)

    def _table_open(self, token):
        self.table_rows = 0

    def _tr_open(self, token):
        self.row = []

    def _tr_close(self, token):
        """A table row becomes one paragraph, its cells separated by ' | '."""
        cells = [cell for cell in self.row or [] if cell]
        self.row = None
        if self.builder.add("paragraph", " | ".join(cells), gap="\n" if self.table_rows else "\n\n"):
            self.table_rows += 1
