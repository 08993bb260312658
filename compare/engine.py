"""Run comparisons end to end: load, analyse, align, record, compute position changes (one transaction each).

Data flows one way: the alignment computed in memory goes to recording, to the position-change
step and to the caller (for rendering); nothing is read back from the rows just written.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from corpus.errors import NotFoundError
from corpus.store import Store, VersionRef

from .alignment import align
from .analysis import ensure_analysed
from .changes import Change, changes_between, record_changes
from .model import Alignment, load_version
from .record import record_alignment

PARALLEL_THRESHOLD = 16     # fewer pairs than this are aligned in this process: a pool costs more to start
AHEAD = 4                   # pairs in flight per worker: enough to keep workers busy, few enough to bound memory


@dataclass(frozen=True)
class ComparisonResult:
    id: int
    alignment: Alignment
    changes: list[Change]       # the labels given
    withheld: list[Change] = field(default_factory=list)     # those the confidence gate withheld (judge._lacks)


def compare_refs(store: Store, left_ref: str, right_ref: str, *, positions: bool = True) -> ComparisonResult:
    return compare_versions(store, store.resolve(left_ref), store.resolve(right_ref), positions=positions)


def compare_versions(store: Store, left: VersionRef, right: VersionRef, *, positions: bool = True) -> ComparisonResult:
    if positions:
        ensure_analysed(store, [left.version_id, right.version_id])
    return record_comparison(store, align(load_version(store, left), load_version(store, right)),
                             positions=positions)


def record_comparison(store: Store, alignment: Alignment, *, positions: bool = True,
                      changes: list[Change] | None = None) -> ComparisonResult:
    """Record an alignment and (with positions) its position changes, in one transaction. changes: those a worker
    computed already (changes_of); else they are computed here."""
    recorded: list[Change] = []
    with store.transaction():
        comparison_id = record_alignment(store, alignment)
        if positions:
            recorded = changes if changes is not None else changes_of(store, alignment)
            record_changes(store, comparison_id, recorded)
    return ComparisonResult(comparison_id, alignment, [c for c in recorded if not c.withheld],
                            [c for c in recorded if c.withheld])


def changes_of(store: Store, alignment: Alignment) -> list[Change]:
    """The position-change step, from the in-memory alignment: nothing recorded is read back."""
    return changes_between(store, alignment.left.ref.version_id, alignment.right.ref.version_id, alignment=alignment)


def compare_pairs(store: Store, pairs: list[tuple[VersionRef, VersionRef]], *, workers: int | None = None,
                  progress: Callable[[], None] | None = None) -> Iterator[ComparisonResult]:
    """Compare many pairs, in order, one transaction each.

    Alignment and the position-change step (the CPU-bound part) run in worker processes that read the
    database themselves; this process records each result and its position changes as it arrives."""
    version_ids = sorted({ref.version_id for pair in pairs for ref in pair})
    ensure_analysed(store, version_ids)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers > 1 and len(pairs) >= PARALLEL_THRESHOLD and os.path.isfile(store.path):
        # Forked workers inherit this process's SQLite connection but never touch it, and leave through
        # os._exit (multiprocessing's fork start), so nothing in them closes or checkpoints it.
        with ProcessPoolExecutor(max_workers=workers, initializer=_open_worker, initargs=(store.path, os.getpid())) as pool:
            yield from _record_all(store, _bounded_map(pool, pairs, ahead=AHEAD * workers), progress)
    else:
        yield from _record_all(store, ((align(load_version(store, a), load_version(store, b)), None) for a, b in pairs),
                               progress)


def _record_all(store: Store, compared: Iterator[tuple[Alignment, list[Change] | None]],
                progress) -> Iterator[ComparisonResult]:
    for alignment, changes in compared:
        result = record_comparison(store, alignment, changes=changes)
        if progress:
            progress()
        yield result


def _bounded_map(pool: ProcessPoolExecutor, pairs: list[tuple[VersionRef, VersionRef]], *,
                 ahead: int) -> Iterator[tuple[Alignment, list[Change]]]:
    """Alignments and their position changes in pair order, with at most `ahead` pairs submitted and not yet
    consumed.

    Executor.map submits everything at once; when recording is slower than aligning, finished
    alignments would pile up in memory and the peak would grow with the corpus."""
    pending: deque[Future[tuple[Alignment, list[Change]]]] = deque()
    for pair in pairs:
        pending.append(pool.submit(_align_pair, pair))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


_WORKER_STORE: Store | None = None


def _open_worker(path: str, parent: int) -> None:
    global _WORKER_STORE
    from .schema import migrations

    _WORKER_STORE = Store(path, extra_migrations=(migrations,))
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed (kill -9) would otherwise wait forever holding the database open."""
    import time

    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _align_pair(pair: tuple[VersionRef, VersionRef]) -> tuple[Alignment, list[Change]]:
    assert _WORKER_STORE is not None, "worker not initialised"
    left, right = pair
    alignment = align(load_version(_WORKER_STORE, left), load_version(_WORKER_STORE, right))
    return alignment, changes_of(_WORKER_STORE, alignment)


def default_base(store: Store) -> str:
    """The seed essay: the first document stored (corpus init loads the seeds first)."""
    row = store.conn.execute("SELECT id FROM documents ORDER BY created_at, rowid LIMIT 1").fetchone()
    if row is None:
        raise NotFoundError("the database holds no documents. Run 'corpus init' or 'corpus add FILE'")
    return row[0]


def all_pairs(store: Store, base: str | None = None) -> list[tuple[VersionRef, VersionRef]]:
    """Every other document (latest version) against the base, then each document's consecutive versions."""
    base_ref = store.resolve(base or default_base(store))
    versions: dict[str, list[VersionRef]] = {}
    for document_id, number, version_id in store.conn.execute(
            "SELECT v.document_id, v.number, v.id FROM versions v JOIN documents d ON d.id = v.document_id "
            "ORDER BY coalesce(d.published, ''), d.id, v.number"):
        versions.setdefault(document_id, []).append(VersionRef(document_id, number, version_id))
    pairs = [(base_ref, refs[-1]) for document_id, refs in versions.items() if document_id != base_ref.document_id]
    for refs in versions.values():
        pairs.extend(zip(refs, refs[1:]))
    return pairs
