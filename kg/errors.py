"""The exceptions kg raises. Every message says what failed, where, and what to do."""


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class InputNotFound(KGError):
    """A path given on the command line does not exist."""


class UnsupportedFormat(KGError):
    """A file whose format kg cannot read."""


class UnreadableDocument(KGError):
    """A document that exists but cannot be decoded or parsed (binary, bad encoding, ...)."""


class ModelNotInstalled(KGError):
    """The spaCy pipeline asked for is not installed."""


class MissingDependency(KGError):
    """An optional feature was asked for whose package is not installed (e.g. ``--dask``)."""
