"""Write output files whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile


def write_text_atomic(path: str, text: str) -> None:
    """Write beside path, then rename over it: a full disk or an error leaves no empty or partial file.

    An OSError names path (not the temporary file), so the message points at what the user typed."""
    if os.path.exists(path) and not os.path.isfile(path):  # a device or pipe (/dev/stdout): never replace it
        try:
            with open(path, "w", encoding="utf-8") as target:
                target.write(text)
        except OSError as error:
            raise OSError(error.errno, error.strerror, path) from None
        return
    folder = os.path.dirname(os.path.abspath(path))
    try:
        handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, prefix=".corpus-", suffix=".tmp",
                                             delete=False)
    except OSError as error:
        raise OSError(error.errno, error.strerror, path) from None
    try:
        with handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, _mode_for(path))
        os.replace(handle.name, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.remove(handle.name)
        if isinstance(error, OSError):
            raise OSError(error.errno, error.strerror, path) from None
        raise


def _mode_for(path: str) -> int:
    """Keep an existing file's permissions; a new file gets what open() would give it."""
    with contextlib.suppress(OSError):
        return os.stat(path).st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
