"""Keep terminal control out of documents and out of what we print.

Two layers, because either alone leaves a hole:
- on input, `strip_controls` removes escape sequences and control characters from a document before
  it is stored (with a warning), so the stored text, its hashes and every export are clean;
- on output, `safe_output` filters what a command writes, so text that reached the database another
  way (an older version, sqlite3, a hostile file name) still cannot set the window title, clear the
  screen or move the cursor. It replaces a control character with its visible Control Picture
  (ESC becomes U+241B), which is valid inside text, CSV and JSON alike.
Colour codes (SGR, ending in 'm') and click's cursor show/hide are the only escapes let through:
they cannot change anything but the colour of what follows.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from collections.abc import Iterator

# A whole escape sequence: CSI (ESC [ ... final), OSC / DCS / PM / APC / SOS strings (ended by BEL or
# ESC \), or a two-character escape. The 8-bit C1 forms (U+009B CSI, U+009D OSC) likewise.
_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?")
_STRIPPED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # all but tab, newline and carriage return
_PAGE_BREAK = re.compile(r"[\x0b\x0c]")  # form feed and vertical tab (pdftotext output): a line break
_ON_OUTPUT = re.compile(r"\x1b\[[0-9;]*m|\x1b\[\?25[lh]|[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_ON_OUTPUT_ERR = re.compile(r"\x1b\[[0-9;]*m|\x1b\[\?25[lh]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> tuple[str, int]:
    """(text without escape sequences and control characters, number of characters removed).

    Tab, newline and carriage return stay; form feed and vertical tab become newlines."""
    if not _STRIPPED.search(text):
        return text, 0
    text = _PAGE_BREAK.sub("\n", text)  # same length, so the count below is only what was removed
    cleaned = _STRIPPED.sub("", _SEQUENCE.sub("", text))
    return cleaned, len(text) - len(cleaned)


def picture(char: str) -> str:
    """The visible stand-in for a control character: U+2400 + code for C0, U+2421 for DEL, U+FFFD for C1."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7f else "\ufffd"


def escape_controls(text: str, *, keep_carriage_return: bool = False) -> str:
    """Text safe to print: colour codes kept, every other control character made visible."""
    pattern = _ON_OUTPUT_ERR if keep_carriage_return else _ON_OUTPUT
    return pattern.sub(lambda m: m.group() if len(m.group()) > 1 else picture(m.group()), text)


class SafeTextStream(io.TextIOBase):
    """A text stream that escapes control characters on their way to the wrapped stream."""

    def __init__(self, stream, *, keep_carriage_return: bool = False):
        self._stream = stream
        self._keep_cr = keep_carriage_return

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self._stream.write(escape_controls(text, keep_carriage_return=self._keep_cr))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    def writable(self) -> bool:
        return True

    # typeshed declares TextIOBase.encoding and .errors plain attributes; at run time they are read-only
    # properties (assigning one raises AttributeError), so read-only properties are the faithful override.
    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", "utf-8")

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self._stream, "errors", "strict")


@contextlib.contextmanager
def safe_output() -> Iterator[None]:
    """Filter standard output and error for the duration of a command (terminal or pipe alike).

    Standard error keeps carriage returns, which progress bars use to redraw their line."""
    if isinstance(sys.stdout, SafeTextStream):
        yield
        return
    out, err = sys.stdout, sys.stderr
    sys.stdout = SafeTextStream(out)
    sys.stderr = SafeTextStream(err, keep_carriage_return=True)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
