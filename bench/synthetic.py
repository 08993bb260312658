"""Synthetic revisions with known truth, for the evaluation script, the benchmark and tests.

A base document is rewritten as Markdown (so its structure is unambiguous), then revised by
renaming, reordering, deleting, inserting, splitting and merging sections, moving paragraphs
between sections and editing 0-30% of the words of some sentences. Every right-hand
sentence remembers the left-hand sentence it came from.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from corpus.layout import parse_layout
from corpus.segment import segment
from corpus.sentences import split_sentences

FRESH_WORDS = ("semiconductor supply chains quantum research fisheries pandemic vaccines satellites broadband "
               "hydrogen batteries shipping lanes tourism universities startups robotics weather drought "
               "archives museums railways bandwidth orchards glaciers").split()
HEADING_WORDS = "Outlook Priorities Agenda Perspectives Questions Choices Stakes Paths Tasks Horizons".split()


@dataclass
class Sentence:
    text: str
    origin: int | None          # index of the left sentence it came from


@dataclass
class Section:
    heading: str
    level: int
    paragraphs: list[list[Sentence]]
    origin: list[int] = field(default_factory=list)  # left section indexes it came from


@dataclass
class Revision:
    left_text: str
    right_text: str
    section_truth: set[tuple[int, int]]          # (left section, right section) pairs, by index
    relations: dict[tuple[int | None, int | None], str]
    moved_sentences: set[int]                    # left sentence indexes moved to another section
    right_origins: list[int | None]              # for every right sentence, its left sentence


def base_sections(text: str, fmt: str = "text") -> tuple[str, list[Section]]:
    layout = parse_layout(text, fmt)
    title = next((b.heading for b in layout.blocks if b.kind == "title"), "Document")
    sections, counter = [], 0
    for sec in segment(layout).sections:
        paragraphs = []
        for paragraph in sec.paragraphs:
            paragraphs.append([Sentence(s.text, counter + n) for n, s in enumerate(paragraph.sentences)])
            counter += len(paragraph.sentences)
        sections.append(Section(sec.heading or f"Part {len(sections) + 1}", sec.level, paragraphs, [len(sections)]))
    return title, sections


def to_markdown(title: str, sections: list[Section]) -> str:
    lines = [f"# {title}", ""]
    for section in sections:
        lines += [f"{'#' * (section.level + 1)} {section.heading}", ""]
        for paragraph in section.paragraphs:
            lines += [" ".join(s.text for s in paragraph), ""]
    return "\n".join(lines)


def chapters(text: str, count: int, fmt: str = "text") -> tuple[str, list[Section]]:
    """The base's sections repeated as `count` chapters; every sentence made unique by its chapter."""
    title, base = base_sections(text, fmt)
    out, counter = [], 0
    for number in range(1, count + 1):
        out.append(Section(f"Chapter {number}", 1, [], []))
        for section in base:
            paragraphs = []
            for paragraph in section.paragraphs:
                para = []
                for sentence in paragraph:
                    para.append(Sentence(_tag_sentence(sentence.text, number, counter), counter))
                    counter += 1
                paragraphs.append(para)
            out.append(Section(section.heading, section.level + 1, paragraphs, []))
    for index, section in enumerate(out):
        section.origin = [index]
    return title, out


def _tag_sentence(text: str, chapter: int, serial: int) -> str:
    return f"In chapter {chapter} (note {serial}), {text[0].lower()}{text[1:]}" if text else text


def revise(title: str, sections: list[Section], *, seed: int, ops: int = 4, edit_share: float = 0.1,
           delete_share: float = 0.0, insert_share: float = 0.0, reorder_share: float = 0.0) -> Revision:
    """Apply `ops` structural operations (each to distinct sections), then sentence-level edits."""
    rng = random.Random(seed)
    left_text = to_markdown(title, sections)
    work = [Section(s.heading, s.level, [list(p) for p in s.paragraphs], list(s.origin)) for s in sections]
    touched: set[int] = set()  # left section indexes already used by an operation
    moved: set[int] = set()
    kinds = ["rename", "reorder", "delete", "insert", "split", "merge", "move_paragraph"]
    for _ in range(ops):
        kind = rng.choice(kinds)
        getattr(_Ops, kind)(work, rng, touched, moved)
    if reorder_share:
        _Ops.reorder_many(work, rng, reorder_share)
    _edit_sentences(work, rng, edit_share, delete_share, insert_share)
    right_text = to_markdown(title, work)
    truth, relations = _section_truth(sections, work)
    origins = [s.origin for sec in work for p in sec.paragraphs for s in p]
    moved_left = {s.origin for sec in work for p in sec.paragraphs for s in p if s.origin in moved}
    return Revision(left_text, right_text, truth, relations, moved_left, origins)


class _Ops:
    @staticmethod
    def _pick(work, rng, touched, *, min_paragraphs=0):
        options = [i for i, s in enumerate(work) if len(s.origin) == 1 and s.origin[0] not in touched
                   and len(s.paragraphs) >= min_paragraphs and sum(len(p) for p in s.paragraphs) >= 2]
        if not options:
            return None
        index = rng.choice(options)
        touched.add(work[index].origin[0])
        return index

    @staticmethod
    def rename(work, rng, touched, moved):
        i = _Ops._pick(work, rng, touched)
        if i is not None:
            work[i].heading = f"{rng.choice(HEADING_WORDS)} and {rng.choice(HEADING_WORDS)} {rng.randint(2, 999)}"

    @staticmethod
    def reorder(work, rng, touched, moved):
        i = _Ops._pick(work, rng, touched)
        if i is None or len(work) < 4:
            return
        section = work.pop(i)
        choices = [k for k in range(len(work) + 1) if abs(k - i) >= 2]
        work.insert(rng.choice(choices) if choices else 0, section)

    @staticmethod
    def delete(work, rng, touched, moved):
        i = _Ops._pick(work, rng, touched)
        if i is not None:
            work.pop(i)

    @staticmethod
    def insert(work, rng, touched, moved):
        paragraphs = [[Sentence(_fresh_sentence(rng), None) for _ in range(rng.randint(2, 4))] for _ in range(2)]
        work.insert(rng.randint(0, len(work)), Section(f"New Section on {rng.choice(FRESH_WORDS).title()} "
                                                      f"{rng.randint(2, 999)}", 1, paragraphs, []))

    @staticmethod
    def split(work, rng, touched, moved):
        i = _Ops._pick(work, rng, touched, min_paragraphs=2)
        if i is None:
            return
        section = work[i]
        cut = len(section.paragraphs) // 2
        tail = Section(f"{section.heading}: {rng.choice(HEADING_WORDS)}", section.level, section.paragraphs[cut:],
                       list(section.origin))
        section.paragraphs = section.paragraphs[:cut]
        work.insert(i + 1, tail)

    @staticmethod
    def merge(work, rng, touched, moved):
        options = [i for i in range(len(work) - 1) if len(work[i].origin) == 1 and len(work[i + 1].origin) == 1
                   and not {work[i].origin[0], work[i + 1].origin[0]} & touched
                   and work[i].level == work[i + 1].level and work[i].paragraphs and work[i + 1].paragraphs]
        if not options:
            return
        i = rng.choice(options)
        touched.update(work[i].origin + work[i + 1].origin)
        work[i].paragraphs += work[i + 1].paragraphs
        work[i].origin += work[i + 1].origin
        work.pop(i + 1)

    @staticmethod
    def move_paragraph(work, rng, touched, moved):
        sources = [i for i, s in enumerate(work) if len(s.paragraphs) >= 2 and len(s.origin) == 1
                   and s.origin[0] not in touched]
        if not sources:
            return
        i = rng.choice(sources)
        targets = [k for k, s in enumerate(work) if k != i and s.paragraphs and len(s.origin) == 1
                   and s.origin[0] not in touched]
        if not targets:
            return
        k = rng.choice(targets)
        touched.update(work[i].origin + work[k].origin)
        paragraph = work[i].paragraphs.pop(rng.randrange(len(work[i].paragraphs)))
        work[k].paragraphs.insert(rng.randint(0, len(work[k].paragraphs)), paragraph)
        moved.update(s.origin for s in paragraph if s.origin is not None)

    @staticmethod
    def reorder_many(work, rng, share):
        """Reorder a share of top-level chapters (the benchmark's 'a fifth of the chapters reordered')."""
        starts = [i for i, s in enumerate(work) if s.level == 1] + [len(work)]
        chapters = [work[a:b] for a, b in zip(starts, starts[1:])]
        picked = sorted(rng.sample(range(len(chapters)), max(1, int(len(chapters) * share))))
        moving = [chapters[i] for i in picked]
        rng.shuffle(moving)
        for slot, chapter in zip(picked, moving):
            chapters[slot] = chapter
        work[:] = [s for chapter in chapters for s in chapter]


def _fresh_sentence(rng) -> str:
    words = [rng.choice(FRESH_WORDS) for _ in range(rng.randint(8, 16))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + f" {rng.randint(10, 99999)}."


def _edit_sentences(work, rng, share, delete_share, insert_share) -> None:
    for section in work:
        for paragraph in section.paragraphs:
            index = 0
            while index < len(paragraph):
                roll = rng.random()
                if roll < delete_share and len(paragraph) > 1:
                    paragraph.pop(index)
                    continue
                if roll < delete_share + insert_share:
                    paragraph.insert(index, Sentence(_fresh_sentence(rng), None))
                    index += 1
                elif roll < delete_share + insert_share + share:
                    paragraph[index] = Sentence(edit_words(paragraph[index].text, rng, rng.uniform(0.05, 0.3)),
                                                paragraph[index].origin)
                index += 1


def edit_words(text: str, rng, share: float) -> str:
    """Replace, delete or insert about `share` of the words; keeps the final punctuation and one sentence."""
    words = text.split()
    if len(words) < 4:
        return text
    for _ in range(max(1, int(len(words) * share))):
        position = rng.randrange(1, len(words) - 1)
        action = rng.random()
        if action < 0.5:
            words[position] = rng.choice(FRESH_WORDS)
        elif action < 0.75 and len(words) > 4:
            words.pop(position)
        else:
            words.insert(position, rng.choice(FRESH_WORDS))
    edited = " ".join(words)
    # Keep the edit one sentence: no new terminal punctuation inside it.
    spans = split_sentences(edited)
    return edited if len(spans) == 1 else text


def _section_truth(left: list[Section], right: list[Section]):
    truth: set[tuple[int, int]] = set()
    relations: dict = {}
    right_of: dict[int, list[int]] = {}
    for j, section in enumerate(right):
        for i in section.origin:
            truth.add((i, j))
            right_of.setdefault(i, []).append(j)
    for j, section in enumerate(right):
        if not section.origin:
            relations[(None, j)] = "added"
        elif len(section.origin) > 1:
            for i in section.origin:
                relations[(i, j)] = "merged"
    for i, js in right_of.items():
        if len(js) > 1:
            for j in js:
                relations[(i, j)] = "split"
        elif (i, js[0]) not in relations:
            relations[(i, js[0])] = "renamed" if left[i].heading != right[js[0]].heading else "matched_or_moved"
    for i in range(len(left)):
        if i not in right_of:
            relations[(i, None)] = "deleted"
    return truth, relations
