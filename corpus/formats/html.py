"""Web pages: the article's main content through trafilatura, metadata from the page.

trafilatura drops what surrounds an article (menus, cookie banners, share buttons, related links,
comments, footers) and returns the content as XML that keeps headings, paragraphs, lists, quotes,
tables and line breaks. We turn that into blocks: headings become sections, a <br> inside a
paragraph is a space (it must not split a sentence), list items keep a "- " marker outside their
span. The title is the page's own heading without the site's name (" | Think Tank").
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from ..layout import Layout, LayoutBuilder

_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|\u2013|\u2014|::|\u00b7|\u00bb|/)\s+")
_PERMALINK = " \u00b6\u00a7#\U0001f517"
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_BLOCK_TAGS = {"head", "p", "list", "item", "quote", "table", "row", "cell", "code", "div", "main"}


@lru_cache(maxsize=1)
def _config():
    from trafilatura.settings import use_config

    # trafilatura and htmldate log their fallbacks to stderr; what matters reaches the user as one line.
    for library in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(library).setLevel(logging.CRITICAL)
    config = use_config()
    # Short pages are articles too: do not fall back to the page's whole text below these sizes.
    for key in ("MIN_EXTRACTED_SIZE", "MIN_OUTPUT_SIZE", "MIN_EXTRACTED_COMM_SIZE", "MIN_OUTPUT_COMM_SIZE"):
        config.set("DEFAULT", key, "1")
    # The extensive search guesses a date from a copyright line ("\u00a9 1999-2023" -> 2023-01-01); a wrong
    # date is worse than none. Meta tags, <time> and a byline date are still read.
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def parse(text: str, *, name: str) -> Layout:
    import trafilatura
    from lxml import etree

    url = name if name.startswith(("http://", "https://")) else None
    xml = trafilatura.extract(text, url=url, output_format="xml", include_formatting=True, include_tables=True,
                              include_links=False, include_images=False, include_comments=False,
                              with_metadata=True, deduplicate=False, config=_config())
    builder = LayoutBuilder()
    if xml is None:
        return builder.build()
    root = etree.fromstring(xml.encode("utf-8"))
    page = _PageFacts.read(text)
    title = page.title(root.get("title"), root.get("sitename"))
    main = root.find("main")
    blocks = list(main) if main is not None else []
    if title:
        builder.add("title", title)
        if blocks and blocks[0].tag == "head" and _same(_text_of(blocks[0]), title):
            blocks = blocks[1:]
    for element in blocks:
        _add(builder, element)
    meta = {"title": title, "author": _clean_author(root.get("author")), "date": _clean_date(root.get("date")),
            "site": page.sites[0] if page.sites else None}  # declared by the page, not guessed from its host
    return builder.build(meta={key: value for key, value in meta.items() if value}, title_from_heading=not title)


def _add(builder: LayoutBuilder, element, depth: int = 0) -> None:
    tag = element.tag
    if tag == "head":
        rend = element.get("rend", "")
        builder.add("heading", _heading_text(_text_of(element)), level=int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2)
    elif tag == "list":
        _add_list(builder, element, depth)
    elif tag == "table":
        for row in element.iter("row"):
            cells = [" ".join(_text_of(cell).split()) for cell in row if cell.tag == "cell"]
            builder.add("paragraph", " | ".join(cell for cell in cells if cell))
    elif tag == "code":
        builder.add("code", "".join(element.itertext()))
    elif any(child.tag in _BLOCK_TAGS for child in element):
        if (element.text or "").strip():
            builder.add("paragraph", element.text)
        for child in element:
            _add(builder, child, depth)
            if (child.tail or "").strip():
                builder.add("paragraph", child.tail)
    else:
        builder.add("paragraph", _text_of(element))


def _add_list(builder: LayoutBuilder, element, depth: int) -> None:
    """One paragraph per item, one line apart, after a '- ' marker; a nested list is indented under its item."""
    written = depth > 0  # a nested list follows its parent item's line directly
    for item in element:
        if item.tag != "item":
            continue
        own = _text_of(item, skip={"list"})
        if builder.add("paragraph", own, prefix="  " * depth + "- ", gap="\n" if written else "\n\n"):
            written = True
        for sub in item:
            if sub.tag == "list":
                _add_list(builder, sub, depth + 1)


def _text_of(element, skip: frozenset | set = frozenset()) -> str:
    """An element's text; a line break is a space, so '<br>' never splits a sentence."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb" or child.tag in _BLOCK_TAGS:  # two paragraphs of one item must not run together
            parts.append(" ")
        if child.tag not in skip and child.tag != "lb":
            parts.append(_text_of(child, skip))
        parts.append(child.tail or "")
    return "".join(parts)


def _heading_text(text: str) -> str:
    """Without the permalink sign that documentation sites append to headings ('Contents\u00b6')."""
    return " ".join(text.split()).rstrip(_PERMALINK).strip()


def _same(left: str, right: str) -> bool:
    return " ".join(left.split()).casefold() == " ".join(right.split()).casefold()


class _PageFacts:
    """What the page's head and headings say about its title and site."""

    def __init__(self, titles: list[str], h1s: list[str], sites: list[str]):
        self.titles, self.h1s, self.sites = titles, h1s, sites

    @classmethod
    def read(cls, text: str) -> _PageFacts:
        from trafilatura import load_html

        tree = load_html(text)
        if tree is None:
            return cls([], [], [])

        def meta(*keys):
            return [value for key in keys for value in tree.xpath(
                f"//meta[translate(@property, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')='{key}' "
                f"or translate(@name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')='{key}']/@content")]

        titles = meta("og:title", "twitter:title") + [" ".join(t.split()) for t in tree.xpath("//title/text()")]
        h1s = [_heading_text("".join(h.itertext())) for h in tree.iter("h1")]
        return cls([t for t in titles if t.strip()], [h for h in h1s if h], meta("og:site_name", "application-name"))

    def title(self, extracted: str | None, site: str | None) -> str | None:
        """The article's title: a page heading that the page's <title> contains, else the page's only
        top heading, else the <title> without the site's name, else what trafilatura found."""
        sites = {s.casefold().strip() for s in [*self.sites, site or ""] if s.strip()}
        for h1 in self.h1s:
            if any(_same(h1, part) for title in self.titles for part in [title, *_TITLE_SEPARATORS.split(title)]):
                return h1
        if len(self.h1s) == 1:  # several h1s (documentation pages) are sections, not the title
            return self.h1s[0]
        for title in [*self.titles, *([extracted] if extracted else [])]:
            parts = [part.strip() for part in _TITLE_SEPARATORS.split(title) if part.strip()]
            kept = [part for part in parts if part.casefold() not in sites]
            if kept:
                # Without a known site name, the site is the shorter part ("Think Tank" vs the headline).
                return max(kept, key=len)
        return self.h1s[0] if self.h1s else None


def _clean_author(author: str | None) -> str | None:
    """trafilatura reads a byline 'By Jane Doe | March 4, 2019' as 'Jane Doe; March 4': keep the names."""
    if not author:
        return None
    names = [part.strip() for part in author.split(";")]
    names = [re.sub(r"^by\s+", "", name, flags=re.I) for name in names
             if name and not re.search(r"\d", name)]  # 'March 4' is a date, not a name
    return "; ".join(names) or None


def _clean_date(date: str | None) -> str | None:
    return date if date and _ISO_DATE.match(date) else None
