"""Turn a :class:`Layout` into sections, paragraphs and sentences with offsets."""

from __future__ import annotations

from dataclasses import dataclass, field

from .layout import Layout
from .sentences import split_sentences
from .textutil import sentence_hash


@dataclass
class Sentence:
    ordinal: int
    start: int
    end: int
    text: str
    hash: str


@dataclass
class Paragraph:
    ordinal: int
    start: int
    end: int
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Section:
    ordinal: int
    heading: str | None
    level: int
    parent: int | None  # ordinal of the parent section
    start: int
    end: int
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Segmented:
    sections: list[Section]

    @property
    def sentence_count(self) -> int:
        return sum(len(p.sentences) for s in self.sections for p in s.paragraphs)


def segment(layout: Layout) -> Segmented:
    """Sections follow headings and separators; paragraphs are blocks; sentences are split inside them."""
    text = layout.text
    sections: list[Section] = []
    stack: list[Section] = []  # open titled ancestors, by level
    paragraph_ordinal = sentence_ordinal = 0
    current: Section | None = None
    for block in layout.blocks:
        if block.kind == "heading":
            while stack and stack[-1].level >= block.level:
                stack.pop()
            current = Section(len(sections), block.heading, block.level, stack[-1].ordinal if stack else None,
                              block.start, block.end)
            sections.append(current)
            stack.append(current)
        elif block.kind == "separator":
            stack.clear()
            current = None
        elif block.kind == "paragraph":
            if current is None:
                current = Section(len(sections), None, 1, None, block.start, block.end)
                sections.append(current)
            paragraph = Paragraph(paragraph_ordinal, block.start, block.end)
            paragraph_ordinal += 1
            for start, end in split_sentences(text, block.start, block.end):
                sentence_text = text[start:end]
                paragraph.sentences.append(Sentence(sentence_ordinal, start, end, sentence_text, sentence_hash(sentence_text)))
                sentence_ordinal += 1
            current.paragraphs.append(paragraph)
            current.end = block.end
            for ancestor in stack:
                ancestor.end = max(ancestor.end, block.end)
    return Segmented(sections)
