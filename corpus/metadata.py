"""Document metadata: detected from the text, then overridden by options or front matter."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields, replace

from .errors import InputError
from .layout import BYLINE, DATE_LINE, MONTHS, Layout
from .segment import Segmented
from .textutil import slugify

_ISO_PREFIX = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_AUTHOR_SENTENCE = re.compile(
    r"^(?P<name>(?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w'\u2019-]+)\s+(?:is|was|serves|served|has been|works)\b")
_ABOUT = re.compile(r"^about the authors?$", re.I)


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    kind: str | None = None
    id: str | None = None  # a document id asked for in front matter

    def merged(self, overrides: Metadata) -> Metadata:
        """Fields set in overrides win."""
        return replace(self, **{f.name: getattr(overrides, f.name) for f in fields(self)
                                if getattr(overrides, f.name) is not None})


def check_date(value: str, *, source: str = "--date") -> str:
    """Validate an ISO prefix (YYYY, YYYY-MM, YYYY-MM-DD) and return it."""
    value = value.strip()
    if _ISO_PREFIX.match(value):
        parts = [int(p) for p in value.split("-")] + [1, 1]
        try:
            dt.date(parts[0], parts[1], parts[2])
            return value
        except ValueError:
            pass
    raise InputError(source, f"date {value!r} is not a valid YYYY, YYYY-MM or YYYY-MM-DD",
                     "Give the date as e.g. 2016, 2016-12 or 2016-12-05")


def detect(layout: Layout, segmented: Segmented, *, source: str) -> Metadata:
    """What the text shows (a title line, a date line like 'December 2016', a byline, 'About the author')
    wins over what the file says of itself (page or document properties); front matter wins over both."""
    text = layout.text
    title = author = published = None
    for block in layout.blocks:
        line = text[block.start:block.end].strip().strip("*_ ")
        if block.kind == "title" and title is None:
            title = block.heading or line
        elif block.kind == "meta":
            if published is None and (date_line := DATE_LINE.match(line)):
                published = _date_from_match(date_line)
            byline = BYLINE.match(line)
            if byline and author is None:
                author = byline.group("name")
    found = layout.meta
    author = author or _author_from_about(segmented) or found.get("author")
    published = published or _valid_date(found.get("date"))
    detected = Metadata(title=title or found.get("title"), author=author, published=published,
                        publisher=found.get("site"), url=found.get("url"), kind=None)
    front = layout.front_matter
    overrides = Metadata(
        title=front.get("title"), author=front.get("author"), publisher=front.get("publisher"),
        published=check_date(front["date"], source=f"{source} (front matter 'date')") if front.get("date") else None,
        url=front.get("url"), kind=front.get("kind"), id=front.get("id"))
    return detected.merged(overrides)


def _date_from_match(match: re.Match[str]) -> str | None:
    if match.group("iso"):
        return match.group("iso")
    month_name = match.group("month").lower()[:3]
    month = next(i for i, name in enumerate(MONTHS, start=1) if name.startswith(month_name))
    day = match.group("d1") or match.group("d2")
    value = f"{match.group('year')}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    try:
        return check_date(value)
    except InputError:
        return f"{match.group('year')}-{month:02d}"


def _valid_date(value: str | None) -> str | None:
    """An ISO date prefix a reader found (page meta tags, byline), if it is a real date."""
    match = re.match(r"\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)", value or "")
    if not match:
        return None
    try:
        return check_date(match.group(1))
    except InputError:
        return None


def _author_from_about(segmented: Segmented) -> str | None:
    for section in segmented.sections:
        if section.heading and _ABOUT.match(section.heading.strip()):
            for paragraph in section.paragraphs:
                for sentence in paragraph.sentences[:1]:
                    match = _AUTHOR_SENTENCE.match(sentence.text)
                    if match:
                        return match.group("name")
    return None


def document_slug(meta: Metadata, fallback: str) -> str:
    """'tanaka-2016-shoring-up-the-us-japan-alliance': surname, year, first five title words."""
    parts = []
    if meta.author:
        parts.append(slugify(meta.author.split()[-1]))
    if meta.published:
        parts.append(meta.published[:4])
    parts.append(slugify(meta.title or fallback, max_words=5) or "document")
    return "-".join(p for p in parts if p)
