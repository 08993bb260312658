"""Worker processes that never outlive the command that started them."""

from __future__ import annotations

import os
import threading
import time

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
