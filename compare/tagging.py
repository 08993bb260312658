"""Tag sentences with issues: keywords and aliases, the section heading's issue, and neighbours for pronouns."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .taxonomy import Issue

KEYWORD_SCORE, HEADING_SCORE, CONTEXT_SCORE = 1.0, 0.6, 0.4
_INFLECTION = r"(?:s|es|ed|ing|n|ns|an|ans|ese|['\u2019]s)?"
_ANAPHORA = re.compile(r"\b(?:it|its|this|that|these|those|they|them|their|such|which|he|she|his|her)\b", re.I)


@dataclass(frozen=True)
class SentenceRow:
    id: int
    section_id: int
    paragraph_id: int
    text: str


@dataclass(frozen=True)
class Tag:
    sentence_id: int
    issue_id: str
    score: float
    via: str
    cue: str


class IssueMatcher:
    """One compiled alternation for the whole taxonomy; each issue is a named group."""

    def __init__(self, issues: list[Issue]):
        self.group_to_issue: dict[str, str] = {}
        parts = []
        for number, issue in enumerate(sorted(issues, key=lambda i: i.id)):
            group = f"i{number}"
            self.group_to_issue[group] = issue.id
            # Longest first so 'North Korean' wins over 'North Korea'.
            alternatives = "|".join(_keyword_pattern(k) for k in sorted(issue.keywords, key=lambda k: (-len(k), k)))
            parts.append(f"(?P<{group}>{alternatives})")
        self.pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", re.I) if parts else None

    def find(self, text: str) -> dict[str, str]:
        """{issue_id: first cue} for every issue named in text."""
        found: dict[str, str] = {}
        if self.pattern is None:
            return found
        for match in self.pattern.finditer(text):
            found.setdefault(self.group_to_issue[match.lastgroup], match.group())
        return found


def _keyword_pattern(keyword: str) -> str:
    escaped = re.escape(keyword.strip()).replace(r"\ ", r"\s+")
    if keyword.isupper() and len(keyword) > 1:
        return f"(?-i:{escaped}s?)"  # acronyms: case-sensitive, plural allowed (FTAs)
    return escaped + (_INFLECTION if keyword[-1].isalnum() else "")


def tag_sentences(matcher: IssueMatcher, sentences: list[SentenceRow], headings: dict[int, str | None]) -> list[Tag]:
    """sentences in document order; headings maps section id -> heading (None when untitled)."""
    heading_issues = {sid: matcher.find(h) if h else {} for sid, h in headings.items()}
    tags: list[Tag] = []
    previous: dict[str, str] = {}
    previous_paragraph = None
    for sentence in sentences:
        found = {issue: Tag(sentence.id, issue, KEYWORD_SCORE, "keyword", cue)
                 for issue, cue in matcher.find(sentence.text).items()}
        for issue, cue in heading_issues.get(sentence.section_id, {}).items():
            found.setdefault(issue, Tag(sentence.id, issue, HEADING_SCORE, "heading", cue))
        if not found and sentence.paragraph_id == previous_paragraph and _ANAPHORA.search(sentence.text):
            found = {issue: Tag(sentence.id, issue, CONTEXT_SCORE, "context", cue) for issue, cue in previous.items()}
        tags.extend(found[k] for k in sorted(found))
        previous = {t.issue_id: t.cue for t in found.values()}
        previous_paragraph = sentence.paragraph_id
    return tags
