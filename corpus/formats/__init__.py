"""The one registry of input formats: which reader handles a file, a URL's response or standard input.

A format is one module in this package with ``parse(data, *, name) -> Layout`` plus one entry in
``READERS``. Everything else (folder expansion, the CLI's ``--format`` choices, the content types a
URL may answer with, sniffing standard input) reads this table. Reader modules are imported only
when a file of their kind is read, so their libraries never slow ``corpus --help``.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..layout import Layout


@dataclass(frozen=True)
class Reader:
    """One input format. binary readers get the raw bytes; the others get checked, decoded text."""

    name: str
    suffixes: tuple[str, ...]
    media_types: tuple[str, ...]
    module: str
    binary: bool
    sniff: Callable[[bytes], bool]

    def parse(self, data: bytes | str, *, name: str) -> Layout:
        return importlib.import_module(self.module).parse(data, name=name)


def _is_pdf(data: bytes) -> bool:
    return data[:1024].lstrip()[:5] == b"%PDF-"


def _is_docx(data: bytes) -> bool:
    if not data.startswith(b"PK\x03\x04"):
        return False
    import io
    import zipfile

    try:  # the zip directory sits at the end, so this needs the whole file
        return "word/document.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_HTML_TAG = re.compile(rb"<(?:p|h[1-6]|body|div|article)\b", re.I)


def _is_html(data: bytes) -> bool:
    """A page, or a fragment that opens with a tag (Markdown may hold a <div> further down)."""
    head = data[:4096]
    return bool(_HTML_START.match(head) or (head.lstrip().startswith(b"<") and _HTML_TAG.search(head)))


_MARKDOWN = re.compile(rb"(?m)^(?:#{1,6} \S|```|~~~|---[ \t]*\r?\n[A-Za-z_][\w-]*[ \t]*:)")


def _is_markdown(data: bytes) -> bool:
    return bool(_MARKDOWN.search(data[:8192]))


# Sniffing tries these in order; text accepts anything, so it comes last.
READERS: tuple[Reader, ...] = (
    Reader("pdf", (".pdf",), ("application/pdf",), "corpus.formats.pdf", True, _is_pdf),
    Reader("docx", (".docx",), ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
           "corpus.formats.docx", True, _is_docx),
    Reader("html", (".html", ".htm", ".xhtml"), ("text/html", "application/xhtml+xml"),
           "corpus.formats.html", False, _is_html),
    Reader("markdown", (".md", ".markdown"), ("text/markdown", "text/x-markdown"),
           "corpus.formats.markdown", False, _is_markdown),
    Reader("text", (".txt", ".text"), ("text/plain",), "corpus.formats.text", False, lambda head: True),
)
# Content types that say nothing about the format: the bytes decide.
UNTYPED = ("application/octet-stream", "binary/octet-stream", "")


def names() -> list[str]:
    """Format names, for the CLI's --format choices."""
    return [reader.name for reader in READERS]


def suffixes() -> list[str]:
    """File name endings that folder expansion picks up."""
    return [suffix for reader in READERS for suffix in reader.suffixes]


def media_types() -> list[str]:
    return [media for reader in READERS for media in reader.media_types]


def by_name(name: str) -> Reader:
    for reader in READERS:
        if reader.name == name:
            return reader
    raise KeyError(name)


def by_suffix(path: str) -> Reader | None:
    suffix = Path(path).suffix.lower()
    return next((reader for reader in READERS if suffix in reader.suffixes), None)


def by_media_type(media_type: str) -> Reader | None:
    return next((reader for reader in READERS if media_type in reader.media_types), None)


def sniff(data: bytes) -> Reader:
    """The reader whose signature the bytes carry (text when none does)."""
    return next(reader for reader in READERS if reader.sniff(data))


def choose(path: str, data: bytes, *, fmt: str | None = None, media_type: str | None = None) -> Reader:
    """An explicit format wins, then the content type a server sent, then the file's suffix, then the bytes."""
    if fmt:
        return by_name(fmt)
    typed = by_media_type(media_type or "")
    # text/plain is what many servers say for any text file, so a .md suffix still decides.
    if typed is not None and typed.name != "text":
        return typed
    return by_suffix(path) or typed or sniff(data)
