"""corpus: the document store of corpus-compare (schema, readers, segmentation, versions)."""

__version__ = "0.3.0"
