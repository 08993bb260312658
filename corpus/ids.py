"""Document ids: what a reference (DOC, DOC@N, a prefix) can name without ambiguity."""

from __future__ import annotations

import unicodedata

from .errors import InputError

MAX_ID_LENGTH = 200
_FIX = "Use a slug such as tanaka-2016-shoring-up: letters, digits, hyphens, dots or underscores"


def check_document_id(value: str, *, source: str = "--id") -> str:
    """value, or an InputError saying which character makes it unusable as an id."""
    if not value:
        raise InputError(source, "the document id is empty", _FIX)
    if len(value) > MAX_ID_LENGTH:
        raise InputError(source, f"the document id is {len(value):,} characters long, over {MAX_ID_LENGTH}", _FIX)
    for char in value:
        problem = _problem(char)
        if problem:
            raise InputError(source, f"the document id {value!r} contains {problem}", _FIX)
    return value


def _problem(char: str) -> str | None:
    if char == "@":
        return "'@', which separates a document from its version number (DOC@2)"
    if char.isspace():
        return f"white space (U+{ord(char):04X})"
    category = unicodedata.category(char)
    if category == "Cc":
        return f"a control character (U+{ord(char):04X})"
    if category in ("Cf", "Cs", "Co", "Cn"):
        return f"an invisible or unassigned character (U+{ord(char):04X})"
    return None
