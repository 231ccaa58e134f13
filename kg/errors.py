"""The exceptions kg raises: the one catalogue. Every message says what failed, where, and what to do.

Each class carries the exit status the CLI gives it (``exit_code``): 2 for a problem with what
was asked for (a :class:`RequestError`: a path, a model, a package, a query, a store that is not
there), 1 for a failure while doing it. ``kg.cli`` maps them in one place.
"""


class KGError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code = 1


class RequestError(KGError):
    """What was asked for cannot be done as asked: fix the request (exit status 2)."""

    exit_code = 2


class InputNotFound(RequestError):
    """A path given on the command line does not exist."""


class UnsupportedInput(RequestError):
    """An input kg cannot read at all, such as a URL (kg reads files, directories and stdin)."""


class UnsupportedFormat(KGError):
    """A file whose format kg cannot read."""


class ModelNotInstalled(RequestError):
    """The spaCy pipeline asked for is not installed."""


class MissingDependency(RequestError):
    """An optional feature was asked for whose package is not installed (e.g. ``--dask``)."""


class QueryError(RequestError):
    """A SPARQL query that does not parse or cannot run; the message has the parser's position."""


class StoreNotFound(RequestError):
    """No store where one was expected."""


class OutputNotWritable(RequestError):
    """The output folder cannot be created or written (a read-only file system, no permission);
    found before anything is parsed."""


class BuildLocked(KGError):
    """Another ``kg build`` is writing to the same output folder (the message names its process)."""


class DiskFull(KGError):
    """The disk, or the user's quota, ran out while a build wrote its outputs; the previous
    outputs are left as they were."""


class ServerError(KGError):
    """The SPARQL server could not be started, or a push was refused."""


class ServerNotStarted(ServerError, RequestError):
    """The SPARQL server could not be started (no oxigraph executable, no store, a start failure)."""


class BadAnnotation(RequestError, ValueError):
    """A gold or triples.jsonl record that cannot be read (a ValueError too, as it always was)."""


class BenchmarkDataNotFound(RequestError, FileNotFoundError):
    """A benchmark's data is not where it was looked for (a FileNotFoundError too, as it always was)."""
