"""Worker processes that never outlive the command that started them."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, NoReturn, TypeVar

T = TypeVar("T")

POLL_SECONDS = 0.25


def exit_with_parent() -> None:
    """Process-pool initializer: exit as soon as the parent process dies.

    A worker otherwise waits on its task queue forever after a kill -9 of the parent (it holds
    the queue's other end itself, so it never sees end-of-file), keeping the database file open.
    Polling getppid() works with every start method: the parent changes when it dies."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(POLL_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def drain_in_forks(produce: Callable[[], Iterable[T]], *, children: int) -> list[T]:
    """Every item that produce() yields, run at once in this process and in `children` forked copies of it:
    this process's items first, then each child's, each in the order it yielded them. The copies must take
    their work from something they share (a counter in shared memory), or each does all of it.

    A child starts on its first item as soon as it is forked (a process pool first sends it its task through a
    thread of this process, which waits for the interpreter lock this process holds while it works: measured,
    20 ms later), and writes each item to an unnamed temporary file as it goes, read here once this process
    has yielded its own. Raises RuntimeError when a child fails, after every child has ended; a failure here
    ends the children first. Call only where os.fork exists."""
    import signal
    import tempfile

    started: list[tuple[int, IO[bytes]]] = []
    try:
        try:
            for _ in range(children):
                spool = tempfile.TemporaryFile()
                pid = os.fork()
                if pid == 0:
                    _work_in_child(produce, spool)     # (never returns)
                started.append((pid, spool))
            own = list(produce())
        except BaseException:
            for pid, _ in started:
                os.kill(pid, signal.SIGKILL)
            raise
        finally:
            statuses = [os.waitpid(pid, 0)[1] for pid, _ in started]
        for (_, written), status in zip(started, statuses):
            written.seek(0)
            told = _read_all(written)
            if told and isinstance(told[-1], _Failed):
                raise RuntimeError(f"a worker process failed:\n{told[-1].report}")
            if not told or not isinstance(told[-1], _Done) or os.waitstatus_to_exitcode(status) != 0:
                raise RuntimeError(f"a worker process ended before its work was done (exit status "
                                   f"{os.waitstatus_to_exitcode(status)}): run the command again")
            own.extend(told[:-1])
        return own
    finally:
        for _, written in started:
            written.close()


def _work_in_child(produce: Callable[[], Iterable], spool: IO[bytes]) -> NoReturn:
    """A forked child's whole life: produce's items into spool, then _Done (or _Failed), then exit without
    the parent's cleanup (os._exit: no buffers of the parent's flushed twice, no database closed under it)."""
    import pickle
    import traceback

    code = 1
    try:
        exit_with_parent()
        for item in produce():
            pickle.dump(item, spool, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(_Done(), spool)
        code = 0
    except BaseException:   # noqa: BLE001  # every failure is told to the parent, in its words
        pickle.dump(_Failed(traceback.format_exc(limit=-3)), spool)
    finally:
        try:
            spool.flush()
        finally:
            os._exit(code)

class _Done:
    """Written by a child after its last item: what it wrote is whole."""


@dataclass(frozen=True)
class _Failed:
    """Written by a child whose work raised: the end of its traceback."""

    report: str


def _read_all(spool: IO[bytes]) -> list:
    """The objects pickled one after another into spool, up to its end (a partial last one is left out)."""
    import pickle

    out = []
    while True:
        try:
            out.append(pickle.load(spool))
        except (EOFError, pickle.UnpicklingError):
            return out
