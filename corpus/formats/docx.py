"""Word documents (.docx) through python-docx: heading styles become sections.

Paragraphs are read in document order together with tables (each table row is one paragraph,
its cells separated by ' | '). A paragraph styled Title is the title; Heading 1-9 (or a style based
on one, or a paragraph with an outline level) is a heading of that level; list paragraphs keep a
"- " marker outside their span. A line break inside a paragraph is a space.
"""

from __future__ import annotations

import io
import re
import zipfile

from ..errors import InputError
from ..layout import Layout, LayoutBuilder

_HEADING_STYLE = re.compile(r"^heading\s+([1-9])$", re.I)
# Core properties that Word or a library fills in by itself, not the document's author or title.
_PLACEHOLDERS = {"python-docx", "microsoft office user", "author", "user", "admin", "administrator", "windows user"}


def parse(data: bytes, *, name: str) -> Layout:
    document = _open(data, name)
    builder = LayoutBuilder()
    in_list = False
    for item in document.iter_inner_content():
        if hasattr(item, "rows"):
            _add_table(builder, item)
            in_list = False
        else:
            in_list = _add_paragraph(builder, item, after_list_item=in_list)
    return builder.build(meta=_properties(document), title_from_heading=False)


def _open(data: bytes, name: str):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputError(name, f"could not be read as a Word document ({type(error).__name__}: {error})",
                         "Check that it is a .docx saved by Word or LibreOffice (an old .doc must be re-saved as .docx)") from None
    except Exception as error:  # damaged XML inside the package: one line, never a traceback
        raise InputError(name, f"could not be read as a Word document ({type(error).__name__}: {error})",
                         "Open it in Word or LibreOffice and save it again as .docx") from None


def _add_paragraph(builder: LayoutBuilder, paragraph, *, after_list_item: bool) -> bool:
    """Add one paragraph; True when it was a list item (consecutive items are one line apart)."""
    text = paragraph.text
    names = _style_chain(paragraph.style)
    if any(style_name.lower() == "title" for style_name in names):
        builder.add("title" if not builder.blocks else "heading", text, level=1)
        return False
    level = _heading_level(paragraph, names)
    if level:
        builder.add("heading", text, level=level)
        return False
    numbered = bool(paragraph._p.xpath("./w:pPr/w:numPr"))
    if numbered or any(style_name.lower().startswith("list") for style_name in names):
        added = builder.add("paragraph", text, prefix="- ", gap="\n" if after_list_item else "\n\n")
        return added is not None or after_list_item
    builder.add("paragraph", text)
    return False


def _style_chain(style) -> list[str]:
    """The style's name and the names of the styles it is based on."""
    names: list[str] = []
    while style is not None and len(names) < 10:
        names.append(style.name or "")
        style = style.base_style
    return names


def _heading_level(paragraph, names: list[str]) -> int | None:
    for style_name in names:
        match = _HEADING_STYLE.match(style_name)
        if match:
            return int(match.group(1))
    outline = paragraph._p.xpath("./w:pPr/w:outlineLvl/@w:val")
    if outline and outline[0].isdigit() and int(outline[0]) < 9:
        return int(outline[0]) + 1
    return None


def _add_table(builder: LayoutBuilder, table) -> None:
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is reported once per grid column
                continue
            seen.add(id(cell._tc))
            text = " ".join(cell.text.split())
            if text:
                cells.append(text)
        builder.add("paragraph", " | ".join(cells))


def _properties(document) -> dict[str, str]:
    """Title and author from the document properties, unless they are a program's placeholder."""
    core = document.core_properties
    found = {"title": core.title, "author": core.author}
    return {key: value.strip() for key, value in found.items()
            if value and value.strip() and value.strip().lower() not in _PLACEHOLDERS}
