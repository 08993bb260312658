"""In-memory views of stored versions and of alignment results (small dataclasses, not dicts)."""

from __future__ import annotations

from dataclasses import dataclass, field

from corpus.store import Store, VersionRef


@dataclass
class SentenceData:
    id: int
    index: int          # position in the version, 0-based
    section: int        # index into VersionData.sections
    paragraph_id: int
    text: str
    hash: str


@dataclass
class SectionData:
    id: int
    index: int
    heading: str | None
    level: int
    parent: int | None
    sentences: list[int] = field(default_factory=list)  # indexes into VersionData.sentences

    @property
    def label(self) -> str:
        return self.heading or "(untitled)"


@dataclass
class VersionData:
    ref: VersionRef
    title: str | None
    published: str | None
    sections: list[SectionData]
    sentences: list[SentenceData]

    @property
    def label(self) -> str:
        return str(self.ref)

    def partner_before(self, k: int, partner: dict[int, int], accept=lambda r: True) -> int | None:
        """The partner of the nearest earlier sentence in k's section (that accept admits): where a
        sentence with no partner of its own belongs in reading order."""
        section = self.sentences[k].section
        for previous in range(k - 1, -1, -1):
            if self.sentences[previous].section != section:
                break
            r = partner.get(previous)
            if r is not None and accept(r):
                return r
        return None


def load_version(store: Store, ref: VersionRef) -> VersionData:
    conn = store.conn
    title, published = conn.execute(
        "SELECT d.title, d.published FROM documents d WHERE d.id = ?", (ref.document_id,)).fetchone()
    sections: list[SectionData] = []
    by_id: dict[int, int] = {}
    for section_id, heading, level, parent_id in conn.execute(
            "SELECT id, heading, level, parent_id FROM sections WHERE version_id = ? ORDER BY ordinal", (ref.version_id,)):
        by_id[section_id] = len(sections)
        sections.append(SectionData(section_id, len(sections), heading, level, by_id.get(parent_id)))
    sentences: list[SentenceData] = []
    for sentence_id, section_id, paragraph_id, text, digest in conn.execute(
            "SELECT id, section_id, paragraph_id, text, hash FROM sentences WHERE version_id = ? ORDER BY ordinal",
            (ref.version_id,)):
        section = by_id[section_id]
        sections[section].sentences.append(len(sentences))
        sentences.append(SentenceData(sentence_id, len(sentences), section, paragraph_id, text, digest))
    return VersionData(ref, title, published, sections, sentences)


@dataclass(frozen=True)
class SectionPair:
    left: int | None
    right: int | None
    relation: str
    score: float
    matched_by: str | None
    heading_score: float = 0.0
    content_score: float = 0.0


@dataclass(frozen=True)
class SentencePair:
    left: int | None
    right: int | None
    op: str
    similarity: float
    diff: tuple[tuple[str, str], ...] | None = None


@dataclass
class Alignment:
    left: VersionData
    right: VersionData
    sections: list[SectionPair]
    sentences: list[SentencePair]
    params: dict

    @property
    def changed(self) -> bool:
        return any(p.op != "equal" for p in self.sentences) or any(
            p.relation != "matched" for p in self.sections)


def version_from_text(text: str, fmt: str = "text", *, document_id: str = "memory", number: int = 1) -> VersionData:
    """A VersionData straight from text, without a database (evaluation and benchmarks)."""
    from corpus.layout import parse_layout
    from corpus.segment import segment

    segmented = segment(parse_layout(text, fmt))
    sections: list[SectionData] = []
    sentences: list[SentenceData] = []
    parent_index: dict[int, int] = {}
    for section in segmented.sections:
        parent_index[section.ordinal] = len(sections)
        data = SectionData(len(sections), len(sections), section.heading, section.level,
                           parent_index.get(section.parent) if section.parent is not None else None)
        for paragraph in section.paragraphs:
            for sentence in paragraph.sentences:
                data.sentences.append(len(sentences))
                sentences.append(SentenceData(len(sentences), len(sentences), data.index, paragraph.ordinal,
                                              sentence.text, sentence.hash))
        sections.append(data)
    return VersionData(VersionRef(document_id, number, 0), None, None, sections, sentences)
