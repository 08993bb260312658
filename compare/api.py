"""The Python API: one `Corpus` object for notebooks, scripts, the CLI, the evaluation and the benchmark.

    from compare import Corpus
    c = Corpus.init("corpus.db")                 # create, migrate, load the seed essay and issues
    c.add("later.txt", id="tanaka-2016-shoring-up-the-us-japan-alliance")
    cmp = c.compare("tanaka@1", "tanaka@2")      # .sections, .sentences, .position_changes
    pandas.DataFrame([dataclasses.asdict(x) for x in cmp.position_changes])

Results are small frozen dataclasses whose fields are named after the columns of the matching
tables and views (documents, versions, section_alignment_detail, sentence_change_detail,
position_detail, position_change_detail, issue_timeline). Errors are corpus.errors.CorpusError
and its subclasses, the same the CLI prints as one line.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus.config import default_path
from corpus.errors import CorpusError, InputError
from corpus.ingest import AddResult
from corpus.metadata import Metadata
from corpus.store import Store, VersionRef

from .timeline import TimelineEntry

if TYPE_CHECKING:
    from corpus.sqlquery import QueryResult
    from corpus.verify import Problem

    from .changes import Change, PositionRow
    from .engine import ComparisonResult
    from .model import Alignment
    from .report.site import SiteSummary
    from .taxonomy import Issue, TaxonomyChange

SEED_SUFFIXES = (".txt", ".md", ".html")
_RECENT_ALIGNMENTS = 8      # in-memory alignments kept so render() needs no recomputation


@dataclass(frozen=True)
class Document:
    """A row of `documents`, with its number of versions and the latest version's words."""

    id: str
    title: str | None
    author: str | None
    published: str | None
    kind: str | None
    versions: int
    words: int


@dataclass(frozen=True)
class Version:
    """A row of `versions` (without its text), with sentences added and removed against the one before."""

    document_id: str
    number: int
    added_at: str
    sha256: str
    words: int
    sentences: int
    added: int
    removed: int
    note: str | None


@dataclass(frozen=True)
class OutlineSection:
    """A row of `sections` with its counts of paragraphs and sentences."""

    ordinal: int
    level: int
    heading: str | None
    paragraphs: int
    sentences: int


@dataclass(frozen=True)
class Outline:
    document_id: str
    version: int
    sections: tuple[OutlineSection, ...]


@dataclass(frozen=True)
class SearchHit:
    document_id: str
    version: int
    heading: str | None
    snippet: str
    sentence_id: int


@dataclass(frozen=True)
class SectionAlignment:
    """A row of `section_alignment_detail`."""

    ordinal: int
    left_heading: str | None
    right_heading: str | None
    relation: str
    score: float
    matched_by: str | None
    heading_score: float
    content_score: float
    left_section_id: int | None
    right_section_id: int | None


@dataclass(frozen=True)
class SentenceAlignment:
    """A row of `sentence_change_detail`; diff is [(op, text)] with op '=', '-' or '+'."""

    ordinal: int
    op: str
    similarity: float
    left_heading: str | None
    right_heading: str | None
    left_text: str | None
    right_text: str | None
    diff: tuple[tuple[str, str], ...] | None
    left_sentence_id: int | None
    right_sentence_id: int | None


@dataclass(frozen=True)
class Position:
    """A row of `position_detail`: the stance one sentence takes on one issue, with the cues behind it. As the later
    side of a change the learned judge read in a sentence where the rules read no position, it is not stored: id 0,
    kind 'unread', polarity 0 (compare.changes.UNREAD)."""

    id: int
    issue_id: str
    document_id: str
    version: int
    kind: str
    polarity: int
    strength: float
    hedged: bool
    target: str | None
    sentence: str
    cues: dict[str, Any]
    sentence_id: int
    attribution: str = "author"     # 'author', 'reported' or 'question'
    # the fitted chance that a careful reader finds the reading fair (compare/confidence.py); None for others'
    # views and questions, for a later sentence read by the learned judge alone, and with CORPUS_CONFIDENCE=0
    confidence: float | None = None


@dataclass(frozen=True)
class PositionChange:
    """A row of `position_change_detail`, with both positions (None for a new or dropped one); or, in
    Comparison.withheld, of `withheld_change_detail`."""

    issue_id: str
    change: str
    score: float
    explanation: str
    left: Position | None
    right: Position | None
    judged_by: str = "rules"    # or "learned": the learned judge gave the label (compare.learned)
    # withheld labels only: the confidence another writer's later reading needed for the label (judge._lacks)
    needed: float | None = None


@dataclass(frozen=True)
class Comparison:
    """A row of `comparison_detail` with the alignment and the position changes recorded for it."""

    id: int
    left: str                   # DOC@N
    right: str
    engine: str
    params: dict[str, Any]
    sections: tuple[SectionAlignment, ...]
    sentences: tuple[SentenceAlignment, ...]
    position_changes: tuple[PositionChange, ...] = ()
    # labels the confidence gate withheld: another writer's later reading too doubtful for them (judge._lacks)
    withheld: tuple[PositionChange, ...] = ()

    @property
    def changed(self) -> bool:
        """Any sentence or section not kept as it was."""
        return any(s.op != "equal" for s in self.sentences) or any(s.relation != "matched" for s in self.sections)

    def counts(self) -> dict[str, int]:
        """Position changes per label."""
        return dict(sorted(Counter(c.change for c in self.position_changes).items()))


@dataclass(frozen=True)
class SeedLoad:
    """What Corpus.init loaded: one AddResult per seed document, and the taxonomy change."""

    documents: tuple[AddResult, ...]
    issues: TaxonomyChange | None = None


class Corpus:
    """A corpus database, opened and migrated. Use as a context manager, or call close()."""

    def __init__(self, path: str | None = None, *, create: bool = True):
        """Open and migrate the database at path (default: corpus.config.default_path). With create=False a
        missing file is refused (NoDatabaseError) and nothing is created: the CLI's read commands do that."""
        from .schema import migrations

        self.path = path or default_path()
        self.store = Store(self.path, extra_migrations=(migrations,), create=create)
        self._recent: dict[int, tuple[Alignment, tuple[Change, ...]]] = {}   # for render(), by comparison id

    @classmethod
    def init(cls, path: str | None = None, *, seeds: str | Path | None = None) -> Corpus:
        """Create (or open) the database and load the seed documents and the issue taxonomy (idempotent)."""
        corpus = cls(path)
        try:
            corpus.load_seeds(seeds)
        except BaseException:
            corpus.close()
            raise
        return corpus

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Corpus({self.path!r})"

    # Documents in ------------------------------------------------------------------------------

    def load_seeds(self, folder: str | Path | None = None) -> SeedLoad:
        """Add every document in the seeds folder (default: the seeds shipped in the package) as an
        essay, then import its issues.toml."""
        from .taxonomy_edits import load_taxonomy_file

        with _seed_folder(folder) as path:
            added = tuple(self.add(str(p), kind="essay") for p in sorted(path.iterdir())
                          if p.suffix in SEED_SUFFIXES)
            taxonomy = path / "issues.toml"
            change = load_taxonomy_file(self.store, str(taxonomy), replace=False) if taxonomy.exists() else None
        return SeedLoad(added, change)

    def add(self, path: str | None = None, *, text: str | None = None, id: str | None = None,
            metadata: Metadata | None = None, format: str | None = None, name: str | None = None,
            note: str | None = None, max_size: int | str | None = None, **fields: str | None) -> AddResult:
        """Add a file (or text=...) as a new document, or as a new version of document `id`.

        Metadata comes from the text, then from `metadata` and keyword fields (title, author,
        publisher, published, url, kind), which win. One transaction; nothing is written on error."""
        from corpus.ingest import prepare, prepare_text, write_prepared
        from corpus.readers import DEFAULT_MAX_SIZE, parse_size

        overrides = _overrides(metadata, fields)
        if (path is None) == (text is None):
            raise CorpusError("give a path or text=..., not both and not neither")
        if text is not None:
            prepared = prepare_text(text, name=name or "<text>", fmt=format or "text", overrides=overrides)
        else:
            limit = DEFAULT_MAX_SIZE if max_size is None else _size(max_size, parse_size)
            prepared = prepare(path, max_size=limit, overrides=overrides, fmt=format)  # type: ignore[arg-type]
        return write_prepared(self.store, prepared, id, note)

    def add_files(self, paths: list[str], *, id: str | None = None, metadata: Metadata | None = None,
                  note: str | None = None, max_size: int | str | None = None, format: str | None = None,
                  **fields: str | None) -> Iterator[tuple[str, AddResult | InputError]]:
        """Add files and folders (every document inside); yields (path, AddResult or InputError) in
        order. A file that cannot be read is reported and skipped; the others are added."""
        from corpus.ingest import add_files
        from corpus.readers import DEFAULT_MAX_SIZE, expand_paths, parse_size

        limit = DEFAULT_MAX_SIZE if max_size is None else _size(max_size, parse_size)
        files = expand_paths(list(paths))
        for path, outcome in add_files(self.store, files, document_id=id, max_size=limit,
                                       overrides=_overrides(metadata, fields), note=note, fmt=format):
            yield str(path), outcome

    def expand(self, paths: list[str]) -> list[str | InputError]:
        """The files `add_files` would read: folders expanded, unreadable entries as errors."""
        from corpus.readers import expand_paths

        return expand_paths(list(paths))

    # Reading -----------------------------------------------------------------------------------

    def resolve(self, ref: str) -> VersionRef:
        """DOC (latest), DOC@N, or a unique prefix of a document id."""
        return self.store.resolve(ref)

    def documents(self) -> list[Document]:
        from corpus.inspect import list_documents

        return [Document(d.id, d.title, d.author, d.published, d.kind, d.versions, d.words)
                for d in list_documents(self.store)]

    def log(self, document: str) -> list[Version]:
        """Versions of a document (id or prefix), oldest first."""
        from corpus.inspect import version_log

        document_id = self.store.resolve_document(document)
        return [Version(document_id, e.number, e.added_at, e.sha256, e.words, e.sentences, e.added, e.removed,
                        e.note) for e in version_log(self.store, document_id)]

    def outline(self, ref: str) -> Outline:
        from corpus.inspect import outline

        resolved = self.resolve(ref)
        return Outline(resolved.document_id, resolved.number,
                       tuple(OutlineSection(r.ordinal, r.level, r.heading, r.paragraphs, r.sentences)
                             for r in outline(self.store, resolved)))

    def text(self, ref: str) -> str:
        """The stored text of a version."""
        from corpus.inspect import version_text

        return version_text(self.store, self.resolve(ref))

    def search(self, query: str, *, limit: int = 20, document: str | None = None) -> list[SearchHit]:
        """Full-text search (SQLite FTS5 syntax) over every sentence, best match first."""
        from corpus.inspect import search

        if limit < 1:
            raise CorpusError(f"limit must be a positive number, not {limit}")
        document_id = self.store.resolve_document(document) if document else None
        return [SearchHit(h.document_id, h.version, h.heading, h.snippet, h.sentence_id)
                for h in search(self.store, query, limit=limit, document_id=document_id)]

    def sql(self, query: str, *, timeout: float = 30, max_rows: int = 100_000) -> QueryResult:
        """A read-only query on its own connection: nothing can be written, attached or vacuumed into; it stops
        after timeout seconds (0: none) and refuses results over max_rows rows (0: no limit)."""
        from corpus.sqlquery import run_readonly

        return run_readonly(self.path, query, timeout=timeout, max_rows=max_rows)

    def verify(self) -> tuple[int, list[Problem]]:
        """Re-hash every version and check every offset: (versions checked, problems)."""
        from corpus.verify import verify

        return verify(self.store)

    # Comparing ---------------------------------------------------------------------------------

    def align(self, left: str, right: str) -> Comparison:
        """Align and diff two versions and record the result, without positions."""
        return self._comparison(self._run(left, right, positions=False))

    def compare(self, left: str, right: str) -> Comparison:
        """Align, diff and compare positions; records everything in one transaction."""
        return self._comparison(self._run(left, right, positions=True))

    def compare_all(self, base: str | None = None, *, workers: int | None = None,
                    progress: Callable[[], None] | None = None) -> list[Comparison]:
        """Every other document (latest version) against the base (default: the seed essay, the first
        document stored), then each document's consecutive versions. workers: processes that align
        (default: one per core)."""
        return list(self.iter_compare_all(base, workers=workers, progress=progress))

    def iter_compare_all(self, base: str | None = None, *, workers: int | None = None,
                         progress: Callable[[], None] | None = None) -> Iterator[Comparison]:
        """compare_all one comparison at a time (each is recorded before it is yielded), so memory stays flat."""
        from .engine import all_pairs, compare_pairs

        pairs = all_pairs(self.store, base)
        for result in compare_pairs(self.store, pairs, workers=workers, progress=progress):
            yield self._comparison(result, keep=False)

    def pairs(self, base: str | None = None) -> list[tuple[VersionRef, VersionRef]]:
        """The pairs compare_all compares, in order."""
        from .engine import all_pairs

        return all_pairs(self.store, base)

    def diff(self, left: str, right: str, *, format: str = "side", width: int = 120, color: bool = False,
             only_changes: bool = False, section: str | None = None) -> str:
        """The rendered diff of two versions (formats: compare.render.FORMATS)."""
        return self.render(self.align(left, right), format=format, width=width, color=color,
                           only_changes=only_changes, section=section)

    def render(self, comparison: Comparison, *, format: str = "side", width: int = 120, color: bool = False,
               only_changes: bool = False, section: str | None = None) -> str:
        """Render a comparison this Corpus computed (or recompute its alignment if it is no longer held)."""
        from .render import RenderOptions, render

        held = self._recent.get(comparison.id)
        if held is None:
            result = self._run(comparison.left, comparison.right, positions=bool(comparison.position_changes))
            held = (result.alignment, tuple(result.changes))
        alignment, changes = held
        return render(alignment, format, RenderOptions(width=width, color=color, only_changes=only_changes,
                                                       section=section, changes=changes))

    # Issues and positions ----------------------------------------------------------------------

    def issues(self) -> list[Issue]:
        from .taxonomy import load_issues

        return load_issues(self.store)

    def add_issue(self, issue_id: str, *, label: str, keywords: list[str] | tuple[str, ...],
                  description: str | None = None, parent: str | None = None) -> TaxonomyChange:
        """Add an issue; every stored document is re-tagged."""
        from .taxonomy import issue_from_table
        from .taxonomy_edits import save_issues

        existing = self.issues()
        if issue_id in {i.id for i in existing}:
            raise CorpusError(f"issue '{issue_id}' exists. Use 'corpus issues edit {issue_id}' to change it")
        _check_parent(parent, existing)
        issue = issue_from_table(issue_id, {"label": label, "keywords": list(keywords), "description": description,
                                            "parent": parent}, "--keyword")
        return save_issues(self.store, existing + [issue], replace=False)

    def edit_issue(self, issue_id: str, *, label: str | None = None, keywords: tuple[str, ...] = (),
                   add_keywords: tuple[str, ...] = (), description: str | None = None,
                   parent: str | None = None) -> TaxonomyChange:
        """Change an issue's label, keywords (replace, or add_keywords to extend), description or parent."""
        from .taxonomy import require_issue
        from .taxonomy_edits import save_issues

        issue = require_issue(self.store, issue_id)
        existing = self.issues()
        _check_parent(parent, existing)
        words = tuple(keywords) if keywords else issue.keywords
        updated = replace(issue, label=label or issue.label, description=description or issue.description,
                          keywords=tuple(dict.fromkeys(words + tuple(add_keywords))), parent=parent or issue.parent)
        return save_issues(self.store, [updated if i.id == issue_id else i for i in existing], replace=False)

    def remove_issue(self, issue_id: str) -> TaxonomyChange:
        """Remove an issue with its tags and positions."""
        from .taxonomy_edits import remove_issue

        return remove_issue(self.store, issue_id)

    def import_issues(self, path: str, *, replace: bool = False) -> TaxonomyChange:
        """Add or update issues from a TOML file (with replace, remove the ones it does not define)."""
        from .taxonomy_edits import load_taxonomy_file

        return load_taxonomy_file(self.store, path, replace=replace)

    def export_issues(self) -> str:
        """The taxonomy as TOML, in the layout import_issues reads."""
        from .taxonomy import export_toml

        return export_toml(self.issues())

    def positions(self, ref: str, *, issue: str | None = None, min_confidence: float | None = None) -> list[Position]:
        """Positions taken in a version (analysed first if the taxonomy changed since). min_confidence: only the
        author's readings at least this confident (compare/confidence.py), which leaves out others' views."""
        from . import confidence
        from .analysis import ensure_analysed
        from .changes import load_positions

        if min_confidence is not None and confidence.load_model() is None:
            raise CorpusError(f"no position has a confidence to compare with {min_confidence}: the reading confidence "
                              f"is turned off ({confidence.ENV_SWITCH}=off) or its weights are missing. Unset "
                              f"{confidence.ENV_SWITCH}, or leave out the confidence limit")
        resolved = self.resolve(ref)
        if issue is not None:
            self._require_issue(issue)
        ensure_analysed(self.store, [resolved.version_id])
        rows = [p for p in load_positions(self.store, resolved.version_id) if (issue is None or p.issue_id == issue)
                and (min_confidence is None or (p.confidence is not None and p.confidence >= min_confidence))]
        return [_position(p, resolved.document_id, resolved.number) for p in rows]

    def timeline(self, issue: str, *, base: str | None = None) -> list[TimelineEntry]:
        """The author's stance on an issue per document version, oldest first, with the label against the base
        (rows of the issue_stance view); comparisons with the base not yet recorded are run first."""
        from .timeline import issue_timeline

        self._require_issue(issue)
        return issue_timeline(self.store, issue, base=base)

    # Reports -----------------------------------------------------------------------------------

    def report(self, out_dir: str | Path, *, replace: bool = False) -> SiteSummary:
        """A static site of the recorded corpus in out_dir (written to a temporary folder, then renamed into
        place; an existing out_dir is refused unless replace is set and it holds an earlier report)."""
        from .report.site import build_site

        return build_site(self.store, str(out_dir), replace=replace)

    def datasette_metadata(self) -> str:
        """metadata.json for Datasette: descriptions and label columns for every table and view."""
        from .report.datasette import metadata_json

        return metadata_json(self.store, database=Path(self.path).stem)

    # Internals ---------------------------------------------------------------------------------

    def _require_issue(self, issue_id: str) -> None:
        from .taxonomy import require_issue

        require_issue(self.store, issue_id)

    def _run(self, left: str, right: str, *, positions: bool) -> ComparisonResult:
        from .engine import compare_versions

        return compare_versions(self.store, self.resolve(left), self.resolve(right), positions=positions)

    def _comparison(self, result: ComparisonResult, *, keep: bool = True) -> Comparison:
        if keep:
            self._recent.pop(result.id, None)
            self._recent[result.id] = (result.alignment, tuple(result.changes))
            while len(self._recent) > _RECENT_ALIGNMENTS:
                self._recent.pop(next(iter(self._recent)))
        return comparison_from_result(result)


def comparison_from_result(result: ComparisonResult) -> Comparison:
    """The records of an in-memory comparison (nothing is read back from the database)."""
    from . import ENGINE

    a = result.alignment
    left, right = a.left, a.right

    def heading(version, index: int | None) -> str | None:
        return None if index is None else version.sections[index].heading

    def section_of(version, index: int | None) -> str | None:
        return None if index is None else version.sections[version.sentences[index].section].heading

    def sentence_id(version, index: int | None) -> int | None:
        return None if index is None else version.sentences[index].id

    def section_id(version, index: int | None) -> int | None:
        return None if index is None else version.sections[index].id

    sections = tuple(SectionAlignment(n, heading(left, p.left), heading(right, p.right), p.relation, p.score,
                                      p.matched_by, p.heading_score, p.content_score, section_id(left, p.left),
                                      section_id(right, p.right)) for n, p in enumerate(a.sections))
    sentences = tuple(SentenceAlignment(
        n, p.op, p.similarity, section_of(left, p.left), section_of(right, p.right),
        None if p.left is None else left.sentences[p.left].text,
        None if p.right is None else right.sentences[p.right].text,
        p.diff, sentence_id(left, p.left), sentence_id(right, p.right)) for n, p in enumerate(a.sentences))
    changes = tuple(_position_change(c, left.ref, right.ref) for c in result.changes)
    withheld = tuple(_position_change(c, left.ref, right.ref) for c in result.withheld)
    return Comparison(result.id, str(left.ref), str(right.ref), ENGINE, a.params, sections, sentences, changes,
                      withheld)


def _position_change(change: Change, left: VersionRef, right: VersionRef) -> PositionChange:
    return PositionChange(
        change.issue_id, change.change, change.score, change.explanation,
        None if change.left is None else _position(change.left, left.document_id, left.number),
        None if change.right is None else _position(change.right, right.document_id, right.number),
        change.judged_by, change.needed)


def _position(row: PositionRow, document_id: str, version: int) -> Position:
    return Position(row.id, row.issue_id, document_id, version, row.kind, row.polarity, row.strength, row.hedged,
                    row.target, row.text, row.cues, row.sentence_id, row.attribution, row.confidence)


def _check_parent(parent: str | None, existing: list[Issue]) -> None:
    if parent and parent not in {i.id for i in existing}:
        raise CorpusError(f"parent issue '{parent}' does not exist. Run 'corpus issues' to list ids")


def _overrides(metadata: Metadata | None, fields: dict[str, str | None]) -> Metadata:
    from corpus.metadata import check_date

    known = {"title", "author", "publisher", "published", "url", "kind"}
    unknown = sorted(set(fields) - known)
    if unknown:
        raise CorpusError(f"unknown metadata field(s) {', '.join(unknown)}. Use {', '.join(sorted(known))}")
    given = {k: v for k, v in fields.items() if v is not None}
    if given.get("published"):
        given["published"] = check_date(given["published"])
    return replace(metadata or Metadata(), **given)


def _size(value: int | str, parse: Callable[[str | int], int]) -> int:
    try:
        return parse(value)
    except ValueError as error:
        raise CorpusError(f"max_size: {error}") from None


class _seed_folder:
    """The seeds folder as a real directory: the one given, or the one shipped in the package."""

    def __init__(self, folder: str | Path | None):
        self.folder = folder
        self._context: Any = None

    def __enter__(self) -> Path:
        if self.folder is not None:
            path = Path(self.folder)
            if not path.is_dir():
                raise CorpusError(f"{path}: seeds folder not found. Pass a folder of documents and issues.toml")
            return path
        self._context = resources.as_file(resources.files("compare") / "seeds")
        return self._context.__enter__()

    def __exit__(self, *exc: object) -> None:
        if self._context is not None:
            self._context.__exit__(*exc)


def records(items: Any) -> Any:
    """Dataclasses (or lists of them) as plain dicts and lists, ready for json.dumps or pandas."""
    from dataclasses import asdict, is_dataclass

    if isinstance(items, list | tuple):
        return [records(x) for x in items]
    if is_dataclass(items) and not isinstance(items, type):
        return asdict(items)
    return items


def to_json(items: Any) -> str:
    """records() as deterministic JSON (sorted keys, UTF-8 kept)."""
    return json.dumps(records(items), ensure_ascii=False, sort_keys=True, indent=1, default=str) + "\n"


__all__ = ["Comparison", "Corpus", "Document", "Outline", "OutlineSection", "Position", "PositionChange",
           "SearchHit", "SectionAlignment", "SeedLoad", "SentenceAlignment", "TimelineEntry", "Version", "records",
           "to_json"]
