"""PDF: the text layer through pypdf, with headings recovered from font sizes.

pypdf reports each run of text with its font size and position. We rebuild lines, take the size
that most characters use as the body size, and read lines set clearly larger as headings (the
larger, the higher the level). Body lines join into paragraphs until a blank gap taller than the
usual line spacing; a word hyphenated across a line end is joined; a bulleted line starts a paragraph
(the bullet kept as '- ' outside its span). Lines holding only a page number, lines repeated at the top
or foot of most pages, and table-of-contents lines (dot leaders, a page number) are dropped. Scanned
pages (images without a text layer) cannot be read: that needs OCR first.
"""

from __future__ import annotations

import io
import logging
import math
import re
from collections import Counter
from dataclasses import dataclass

from ..errors import InputError
from ..layout import Layout, LayoutBuilder

HEADING_RATIO = 1.15       # a line at least this much larger than the body is a heading
PARAGRAPH_GAP = 1.45       # a gap this many times the usual line spacing starts a paragraph
MAX_HEADING_WORDS = 20
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[-\u2013\u2014 ]*\d{1,4}[-\u2013\u2014 ]*(?:(?:of|/)\s*\d{1,4})?$", re.I)
_TOC_ENTRY = re.compile(r"(?:\.\s?){4,}\s*\d+$")  # 'Introduction . . . . . 4': a contents line, not prose
_BULLET = ("\u2022", "\u25e6", "\u25aa", "\u2023", "\u2043", "\u2013 ", "- ", "* ")
_TERMINAL = (".", "!", "?", ":", "\u201d", '"', "\u2026")


@dataclass
class _Line:
    page: int
    y: float
    size: float
    text: str


def parse(data: bytes, *, name: str) -> Layout:
    reader = _open(data, name)
    pages = [_page_lines(page, number, name) for number, page in enumerate(reader.pages)]
    running = _running_heads(pages)
    lines = [line for page in pages for line in page
             if not _PAGE_NUMBER.match(line.text) and not _TOC_ENTRY.search(line.text) and line.text not in running]
    if not lines:
        raise InputError(name, "has no text layer (its pages are probably scanned images)",
                         "Run OCR on it first (e.g. ocrmypdf), or add a text version of the document")
    builder = LayoutBuilder()
    _build(builder, lines)
    return builder.build(meta=_info(reader))


def _open(data: bytes, name: str):
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs what it repairs ("EOF marker not found") to stderr; our one-line error says what matters.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(name, "is encrypted with a password",
                             "Save an unprotected copy (e.g. qpdf --decrypt --password=... in.pdf out.pdf) and add that")
        reader.pages[0]  # noqa: B018 - reading the page tree is where most damage shows
        return reader
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, IndexError, TypeError, AttributeError) as error:
        raise InputError(name, f"could not be read as a PDF ({type(error).__name__}: {error})",
                         "Check that the file is a complete PDF (open it in a viewer), or re-export it") from None
    except Exception as error:  # pypdf raises many types on damaged files; none may become a traceback
        if "cryptography" in str(error):
            raise InputError(name, "is encrypted with AES, which needs the 'cryptography' package",
                             "pip install cryptography, or save an unprotected copy and add that") from None
        raise InputError(name, f"could not be read as a PDF ({type(error).__name__}: {error})",
                         "Check that the file is a complete PDF (open it in a viewer), or re-export it") from None


def _page_lines(page, number: int, name: str) -> list[_Line]:
    """Lines of one page in reading order, each with its largest font size and its baseline."""
    pieces: list[tuple[str, float, float]] = []  # (text, size, y); '\n' pieces end lines

    def visit(text, cm, tm, font_dict, font_size):
        if not text:
            return
        a, b, c, d, e, f = _multiply(tm, cm)
        pieces.append((text, abs(font_size) * math.hypot(c, d), f))

    try:
        page.extract_text(visitor_text=visit)
    except Exception as error:  # a damaged content stream: say which page
        raise InputError(name, f"page {number + 1} could not be read ({type(error).__name__}: {error})",
                         "Re-export the PDF, or add a text version of the document") from None
    lines: list[_Line] = []
    text = ""
    sizes: Counter[float] = Counter()  # characters on the line by font size
    y: float | None = None
    for piece, size, piece_y in pieces + [("\n", 0.0, 0.0)]:
        for index, segment in enumerate(piece.split("\n")):
            if index:  # a line ends here
                if text.strip():
                    lines.append(_Line(number, y or 0.0, _main_size(sizes), " ".join(text.split())))
                text, sizes, y = "", Counter(), None
            if segment.strip():
                text += segment
                sizes[round(size, 1)] += len(segment.strip())
                y = piece_y if y is None else y
    return lines


def _running_heads(pages: list[list[_Line]]) -> set[str]:
    """Lines repeated at the top or foot of most pages (a running title, a copyright line)."""
    if len(pages) < 3:
        return set()
    edges = Counter(text for page in pages for text in {line.text for line in page[:2] + page[-2:]})
    return {text for text, count in edges.items() if count >= max(3, len(pages) / 2)}


def _multiply(m, n):
    """The product of two PDF matrices [a b c d e f]."""
    return (m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
            m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
            m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5])


def _main_size(sizes: Counter) -> float:
    return max(sizes.items(), key=lambda item: (item[1], item[0]))[0] if sizes else 0.0


def _build(builder: LayoutBuilder, lines: list[_Line]) -> None:
    chars: Counter[float] = Counter()
    for line in lines:
        chars[line.size] += len(line.text)
    body = max(chars.items(), key=lambda item: (item[1], -item[0]))[0]
    larger = sorted({line.size for line in lines if line.size >= body * HEADING_RATIO}, reverse=True)
    level_of = {size: level for level, size in enumerate(larger, start=1)}
    spacing = _usual_spacing(lines, body)
    paragraph: list[str] = []
    heading: list[str] = []
    heading_level = 0
    previous: _Line | None = None

    def flush():
        nonlocal heading_level
        if heading:
            builder.add("heading", " ".join(heading), level=heading_level)
            heading.clear()
        if paragraph:
            text = _join_lines(paragraph)
            bullet = text.startswith(_BULLET)
            # The bullet stays in the stored text as '- ', outside the paragraph's span (never in a sentence).
            builder.add("paragraph", text[1:] if bullet else text, prefix="- " if bullet else "")
            paragraph.clear()

    for line in lines:
        level = level_of.get(line.size) if len(line.text.split()) <= MAX_HEADING_WORDS else None
        if level:
            # A heading set on two lines of the same size is one heading.
            if not (heading and heading_level == level and previous and previous.page == line.page):
                flush()
            heading.append(line.text)
            heading_level = level
        else:
            if heading or (paragraph and previous and _new_paragraph(previous, line, spacing)):
                flush()
            paragraph.append(line.text)
        previous = line
    flush()


def _usual_spacing(lines: list[_Line], body: float) -> float:
    gaps = Counter(round(abs(a.y - b.y), 1) for a, b in zip(lines, lines[1:])
                   if a.page == b.page and a.size == b.size == body and a.y != b.y)
    return max(gaps.items(), key=lambda item: (item[1], -item[0]))[0] if gaps else body * 1.2


def _new_paragraph(previous: _Line, line: _Line, spacing: float) -> bool:
    if previous.size != line.size or line.text.startswith(_BULLET):
        return True
    if previous.page != line.page:
        # A paragraph runs on over a page break unless the last line closed a sentence.
        return previous.text.endswith(_TERMINAL)
    return abs(previous.y - line.y) > spacing * PARAGRAPH_GAP


def _join_lines(lines: list[str]) -> str:
    """Wrapped lines back into one paragraph; 'inter-' + 'national' becomes 'international'."""
    text = lines[0]
    for line in lines[1:]:
        if re.search(r"[a-z]-$", text) and line[:1].islower():
            text = text[:-1] + line
        else:
            text += " " + line
    return text


def _info(reader) -> dict[str, str]:
    """Title and author from the document properties: weaker than what the text itself shows."""
    try:
        info = reader.metadata or {}
        found = {"title": info.get("/Title"), "author": info.get("/Author")}
    except Exception:  # broken properties must not stop the text from being read
        return {}
    return {key: " ".join(str(value).split()) for key, value in found.items() if value and str(value).strip()}
