"""compare: the engine of corpus-compare (alignment, diffs, issues, positions, renderers), its Python API and the CLI.

`from compare import Corpus` is the entry point for scripts and notebooks (see compare.api).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus import __version__

if TYPE_CHECKING:
    from .api import Comparison, Corpus

__all__ = ["ENGINE", "Comparison", "Corpus"]


def __getattr__(name: str) -> Any:
    # The API is imported on first use, so `corpus --help` (which imports this package) stays instant.
    if name in ("Corpus", "Comparison"):
        from . import api

        return getattr(api, name)
    if name == "ENGINE":
        return engine_name()
    raise AttributeError(f"module 'compare' has no attribute {name!r}")


@lru_cache(maxsize=1)
def engine_name() -> str:
    """What every result row records as its engine: the version and a fingerprint of the code and data that
    compute results ("corpus-compare/0.3.0+1a2b3c4d"). Rules change between releases too, and a row must say which
    rules made it: results of other code are never reused or overwritten as if they were this code's. With the
    learned judge turned off (CORPUS_LEARNED_JUDGE=off), " judge:rules" follows, and with the reading confidence off
    (CORPUS_CONFIDENCE=off), " confidence:off": their rows are another engine's."""
    from . import confidence, learned

    return (f"corpus-compare/{__version__}+{code_fingerprint()}" + ("" if learned.enabled() else " judge:rules")
            + ("" if confidence.enabled() else " confidence:off"))


def code_fingerprint(packages: tuple[Path, ...] | None = None) -> str:
    """The first 8 hex digits of a SHA-256 over the source and data files (the learned judge's weights among them)
    of the packages (by default this one and `corpus`: relative path and bytes, in path order). The seed taxonomy
    is left out: the taxonomy hash of each analysis records it."""
    import hashlib

    digest = hashlib.sha256()
    for package in packages or (Path(__file__).parent, Path(__file__).parent.parent / "corpus"):
        for path in sorted(p for p in package.rglob("*") if p.suffix in (".py", ".toml", ".json") and p.is_file()
                           and "__pycache__" not in p.parts and "seeds" not in p.relative_to(package).parts):
            digest.update(f"{package.name}/{path.relative_to(package).as_posix()}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:8]
