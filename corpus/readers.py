"""Read a file, a URL or standard input into a checked document layout, through the format registry.

Every refusal is an :class:`InputError` naming the source, the cause and the fix,
raised before anything is written.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from . import formats
from .errors import InputError
from .layout import Layout, check_readable

DEFAULT_MAX_SIZE = 20 * 1024 * 1024
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


def is_url(path: str) -> bool:
    return path.lower().startswith(("http://", "https://"))


def expand_paths(paths: list[str]) -> list[str | InputError]:
    """Files and URLs to read, in a stable order: folders are walked for the suffixes of known formats.

    A folder with nothing to read becomes an InputError in the list, so the other paths still run."""
    known = set(formats.suffixes())
    found: list[str | InputError] = []
    for path in paths:
        if path == STDIN_NAME or is_url(path) or not os.path.exists(path):
            found.append(path)  # a missing file is reported by read_document, in order
            continue
        if os.path.isdir(path):
            inside = sorted(
                str(p) for p in Path(path).rglob("*")
                if p.is_file() and p.suffix.lower() in known
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not inside:
                found.append(InputError(path, "folder has no documents to read",
                                        f"Put files ending in {', '.join(sorted(known))} in it, or name the files directly"))
            found.extend(inside)
        else:
            found.append(path)
    return found


@dataclass(frozen=True)
class _Raw:
    name: str
    data: bytes
    media_type: str | None = None
    charset: str | None = None
    url: str | None = None


def read_document(path: str, *, max_size: int = DEFAULT_MAX_SIZE, fmt: str | None = None) -> tuple[SourceText, Layout]:
    """Read one file, URL or standard input ('-') through its format's reader.

    Returns the source (name, the text to store, format, warnings) and its layout; every refusal is an
    InputError raised before anything is written."""
    if fmt is not None and fmt not in formats.names():
        raise InputError(path, f"format {fmt!r} is not one corpus reads", f"Use one of {', '.join(formats.names())}")
    raw = _load(path, max_size)
    reader = formats.choose(_path_part(raw), raw.data, fmt=fmt, media_type=raw.media_type)
    warnings: list[str] = []
    if reader.binary:
        layout = _parse(reader, raw.data, raw.name)
    else:
        text, warnings = _decode(raw.name, raw.data, charset=raw.charset)
        if not text.strip():
            raise InputError(raw.name, "is empty or holds only whitespace", "Add the document's text, or leave the file out")
        text = _without_controls(raw.name, text, warnings)
        layout = _parse(reader, text, raw.name)
    check_readable(layout, raw.name)
    if raw.url:
        layout.meta.setdefault("url", raw.url)
    return SourceText(name=raw.name, text=layout.text, format=reader.name, warnings=warnings), layout


def read_text(text: str, *, name: str = "<text>", fmt: str = "text") -> tuple[SourceText, Layout]:
    """Text handed over directly (the Python API), through the same checks and reader as a file's text:
    line ends, NFC, control characters, a text-based format's reader."""
    text_formats = [n for n in formats.names() if not formats.by_name(n).binary]
    if fmt not in text_formats:
        raise InputError(name, f"format {fmt!r} is not a text format", f"Use one of {', '.join(text_formats)}")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError(name, "is empty or holds only whitespace", "Pass the document's text")
    warnings: list[str] = []
    reader = formats.by_name(fmt)
    layout = check_readable(_parse(reader, _without_controls(name, text, warnings), name), name)
    return SourceText(name=name, text=layout.text, format=reader.name, warnings=warnings), layout


def _without_controls(name: str, text: str, warnings: list[str]) -> str:
    """Escape sequences and control characters have no place in prose and could drive a terminal that later
    shows the text: they are removed before the reader parses it (so offsets hold), with a warning. Text from
    PDF and Word files is not touched here; everything printed is escaped on output anyway."""
    from .terminal import strip_controls

    cleaned, removed = strip_controls(text)
    if not removed:
        return text
    if not cleaned.strip():
        raise InputError(name, "holds only control characters", "Convert it to plain text, Markdown or HTML")
    warnings.append(f"{name}: removed {removed} control character(s) (terminal escape sequences such as title "
                    "setting or screen clearing); the stored text leaves them out")
    return cleaned


def _parse(reader: formats.Reader, data: bytes | str, name: str) -> Layout:
    try:
        return reader.parse(data, name=name)
    except (InputError, MemoryError, KeyboardInterrupt):
        raise
    except Exception as error:  # a parser library failing on a damaged file must not become a traceback
        raise InputError(name, f"could not be read as {reader.name} ({type(error).__name__}: {error})",
                         "Check that the file is complete, or name its real format with --format") from None


def read_source(path: str, *, max_size: int = DEFAULT_MAX_SIZE, fmt: str | None = None) -> SourceText:
    """The source as read_document gives it, when the layout is not needed."""
    return read_document(path, max_size=max_size, fmt=fmt)[0]


def _path_part(raw: _Raw) -> str:
    return urlsplit(raw.url).path if raw.url else raw.name


def _load(path: str, max_size: int) -> _Raw:
    if path == STDIN_NAME:
        data = sys.stdin.buffer.read(max_size + 1)
        if len(data) > max_size:
            raise too_big("<stdin>", max_size)
        return _Raw("<stdin>", _not_empty("<stdin>", data))
    if is_url(path):
        from .fetch import fetch

        page = fetch(path, max_size=max_size)
        return _Raw(path, _not_empty(path, page.data), page.media_type, page.charset, url=path)
    if not os.path.exists(path):
        raise InputError(path, "file not found", "Check the path, or pass '-' to read standard input")
    if os.path.isdir(path):
        raise InputError(path, "is a folder", "Name a file, or pass the folder to 'corpus add' to read every document in it")
    size = os.path.getsize(path)
    if size > max_size:
        raise too_big(path, max_size, size)
    with open(path, "rb") as handle:
        data = handle.read(max_size + 1)
    if len(data) > max_size:  # the file grew while we looked
        raise too_big(path, max_size)
    return _Raw(path, _not_empty(path, data))


def too_big(name: str, max_size: int, size: int | None = None) -> InputError:
    """The one message for an input over --max-size (size when it is known before reading)."""
    what = f"is {_human(size)}, over" if size is not None else "is over"
    return InputError(name, f"{what} the {_human(max_size)} size limit",
                      f"Split the document, or raise the limit with --max-size {_human_option(size or max_size + 1)}")


def _not_empty(name: str, data: bytes) -> bytes:
    if not data.strip():
        raise InputError(name, "is empty or holds only whitespace", "Add the document's text, or leave the file out")
    return data


_UTF16_BOMS = ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def _decode(name: str, data: bytes, *, charset: str | None = None) -> tuple[str, list[str]]:
    """Bytes -> text in NFC (so NFC and NFD forms of one text are one version), with line ends as '\\n'."""
    warnings: list[str] = []
    for bom, encoding in _UTF16_BOMS:
        if data.startswith(bom) and not data.startswith(b"\xff\xfe\x00\x00"):
            try:
                unmarked = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(name, f"starts with a UTF-16 byte order mark but is not valid UTF-16 "
                                 f"(byte offset {error.start + len(bom)})", "Re-save it as UTF-8") from None
            return _finish_text(name, unmarked), warnings
    if b"\x00" in data:
        raise InputError(name, "contains NUL bytes, so it looks like a binary file",
                         f"Convert it to one of the formats corpus reads ({', '.join(formats.names())}) first, "
                         "or give it the suffix of its format (e.g. .pdf)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = _decode_declared(data, charset)
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            if any(byte in _CP1252_UNDEFINED for byte in data):
                raise InputError(name, f"is not UTF-8 (invalid byte at offset {error.start}) nor Windows-1252",
                                 "Re-save it as UTF-8, e.g. iconv -f LATIN1 -t UTF-8") from None
            text = data.decode("cp1252")
            warnings = [f"{name}: not valid UTF-8 (byte offset {error.start}); read as Windows-1252. "
                        "Re-save it as UTF-8 to silence this warning"]
    return _finish_text(name, text), warnings


def _decode_declared(data: bytes, charset: str | None) -> str | None:
    """Text in the charset a server declared, or None to fall back to UTF-8 / Windows-1252."""
    if not charset:
        return None
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None


def _finish_text(name: str, text: str) -> str:
    controls = len(_CONTROL.findall(text, 0, 4096))
    if controls > 8:
        raise InputError(name, f"holds {controls} control characters in its first 4 KB, so it looks binary",
                         "Convert it to plain text, Markdown or HTML first")
    # U+FEFF inside a text (files pasted together) is an invisible, deprecated no-break space that would
    # hide a sentence boundary: drop it with the leading byte order mark.
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _human(size: int) -> str:
    from .units import describe_size  # exact bytes: a 1,025 B file and a 1,024 B limit must read differently

    return describe_size(size)


def _human_option(size: int) -> str:
    return f"{int(size / 1024**2) + 1}MB"
