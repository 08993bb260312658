"""Typed errors. Each message says what happened, why, and how to fix it."""


class CorpusError(Exception):
    """Base class for every error the store reports to a user."""


class InputError(CorpusError):
    """A file or option cannot be read as a document; nothing was written for it."""

    def __init__(self, source: str, problem: str, fix: str):
        self.source = source
        self.problem = problem
        self.fix = fix
        super().__init__(f"{source}: {problem}. {fix}")

    def __reduce__(self):
        return (InputError, (self.source, self.problem, self.fix))


class NotFoundError(CorpusError):
    """A document, version, section or issue reference matched nothing."""


class AmbiguousError(CorpusError):
    """A reference prefix matched more than one document."""


class NoDatabaseError(CorpusError):
    """A read command named a database that does not exist (nothing was created)."""


class ReadOnlyError(CorpusError):
    """The database cannot be written by this user; reading still works."""


class StorageFullError(CorpusError):
    """The disk filled up: the failing unit was rolled back, later ones were not attempted."""


class QueryStopped(CorpusError):
    """A user's SQL query ran past its time limit and was stopped."""
