"""Display width of text in a terminal: East Asian wide and fullwidth characters take two cells,
combining marks and zero-width characters none (what wcwidth does, from the standard library's tables)."""

from __future__ import annotations

import unicodedata


def char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Cf", "Mn", "Me"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(char_width(ch) for ch in text)


def cut(text: str, width: int) -> tuple[str, str]:
    """Split text so that the head's display width is at most width (at least one character, so a
    loop over the rest always ends)."""
    used = 0
    for n, ch in enumerate(text):
        used += char_width(ch)
        if used > width:
            return (text[:n], text[n:]) if n else (text[:1], text[1:])
    return text, ""


def pad(text: str, width: int) -> str:
    """Cut or pad text to exactly width cells."""
    head, _ = cut(text, width)
    return head + " " * (width - display_width(head))
