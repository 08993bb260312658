"""compare: the engine of corpus-compare (alignment, diffs, issues, positions, renderers) and the CLI."""

from corpus import __version__

ENGINE = f"corpus-compare/{__version__}"
