"""Read a file (or standard input) into checked Unicode text.

Every refusal is an :class:`InputError` naming the source, the cause and the fix,
raised before anything is written.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

DEFAULT_MAX_SIZE = 20 * 1024 * 1024
EXTENSIONS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
              ".html": "html", ".htm": "html"}
STDIN_NAME = "-"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?i?b?)?\s*$", re.I)


@dataclass(frozen=True)
class SourceText:
    """Decoded text of one input plus what we learned while reading it."""

    name: str
    text: str
    format: str
    warnings: list[str] = field(default_factory=list)


def parse_size(value: str | int) -> int:
    """'20MB', '500k', '1048576' -> bytes."""
    if isinstance(value, int):
        return value
    match = _SIZE.match(value)
    if not match:
        raise ValueError(f"cannot read size {value!r}; use a number with an optional unit, e.g. 20MB or 500KB")
    number, unit = float(match.group(1)), (match.group(2) or "").lower()
    scale = {"": 1, "b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024**2, "mb": 1024**2,
             "mib": 1024**2, "g": 1024**3, "gb": 1024**3, "gib": 1024**3}.get(unit)
    if scale is None:
        raise ValueError(f"unknown size unit in {value!r}; use B, KB, MB or GB")
    return int(number * scale)


def expand_paths(paths: list[str]) -> list[str | InputError]:
    """Files to read, in a stable order: folders are walked for known extensions.

    A folder with nothing to read becomes an InputError in the list, so the other paths still run."""
    found: list[str | InputError] = []
    for path in paths:
        if path == STDIN_NAME:
            found.append(path)
            continue
        if not os.path.exists(path):
            found.append(path)  # reported as missing by read_source, in order
            continue
        if os.path.isdir(path):
            inside = sorted(
                str(p) for p in Path(path).rglob("*")
                if p.is_file() and p.suffix.lower() in EXTENSIONS
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not inside:
                found.append(InputError(path, "folder has no .txt, .md or .html files to read",
                                        "Put documents with one of those extensions in it, or name the files directly"))
            found.extend(inside)
        else:
            found.append(path)
    return found


def read_source(path: str, *, max_size: int = DEFAULT_MAX_SIZE, fmt: str | None = None) -> SourceText:
    """Read and decode one file, or standard input when path is '-'."""
    if path == STDIN_NAME:
        data = sys.stdin.buffer.read(max_size + 1)
        name = "<stdin>"
    else:
        name = path
        if not os.path.exists(path):
            raise InputError(path, "file not found", "Check the path, or pass '-' to read standard input")
        if os.path.isdir(path):
            raise InputError(path, "is a folder", "Name a file, or pass the folder to 'corpus add' to read every document in it")
        size = os.path.getsize(path)
        if size > max_size:
            raise InputError(path, f"is {_human(size)}, over the {_human(max_size)} size limit",
                             f"Split the document, or raise the limit with --max-size {_human_option(size)}")
        with open(path, "rb") as handle:
            data = handle.read(max_size + 1)
    if len(data) > max_size:
        raise InputError(name, f"is over the {_human(max_size)} size limit",
                         "Split the document, or raise the limit with --max-size")
    text, warnings = _decode(name, data)
    if not text.strip():
        raise InputError(name, "is empty or holds only whitespace", "Add the document's text, or leave the file out")
    return SourceText(name=name, text=text, format=fmt or _detect_format(path, text), warnings=warnings)


def _decode(name: str, data: bytes) -> tuple[str, list[str]]:
    if b"\x00" in data:
        raise InputError(name, "contains NUL bytes, so it looks like a binary file",
                         "Convert it to plain text, Markdown or HTML first (for a PDF, e.g. pdftotext)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
        warnings: list[str] = []
    except UnicodeDecodeError as error:
        if any(byte in _CP1252_UNDEFINED for byte in data):
            raise InputError(name, f"is not UTF-8 (invalid byte at offset {error.start}) nor Windows-1252",
                             "Re-save it as UTF-8, e.g. iconv -f LATIN1 -t UTF-8") from None
        text = data.decode("cp1252")
        warnings = [f"{name}: not valid UTF-8 (byte offset {error.start}); read as Windows-1252. "
                    "Re-save it as UTF-8 to silence this warning"]
    controls = len(_CONTROL.findall(text, 0, 4096))
    if controls > 8:
        raise InputError(name, f"holds {controls} control characters in its first 4 KB, so it looks binary",
                         "Convert it to plain text, Markdown or HTML first")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, warnings


def _detect_format(path: str, text: str) -> str:
    suffix = Path(path).suffix.lower() if path != STDIN_NAME else ""
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<!doctype html", "<html")) or re.search(r"<(p|h[1-6]|body|div)\b", head):
        return "html"
    if re.search(r"(?m)^#{1,6} \S", text[:5000]):
        return "markdown"
    return "text"


def _human(size: int) -> str:
    from .units import describe_size  # exact bytes: a 1,025 B file and a 1,024 B limit must read differently

    return describe_size(size)


def _human_option(size: int) -> str:
    return f"{int(size / 1024**2) + 1}MB"
