"""compare: the engine of corpus-compare (alignment, diffs, issues, positions, renderers), its Python API and the CLI.

`from compare import Corpus` is the entry point for scripts and notebooks (see compare.api).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from corpus import __version__

if TYPE_CHECKING:
    from .api import Comparison, Corpus

ENGINE = f"corpus-compare/{__version__}"

__all__ = ["ENGINE", "Comparison", "Corpus"]


def __getattr__(name: str) -> Any:
    # The API is imported on first use, so `corpus --help` (which imports this package) stays instant.
    if name in ("Corpus", "Comparison"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'compare' has no attribute {name!r}")
