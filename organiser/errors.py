"""Typed errors whose message a user can act on (shown as one line, never a traceback)."""


class OrganiserError(Exception):
    """Base class: ``str(err)`` is a plain-language, one-line reason."""


class ImportRejected(OrganiserError):
    """A file could not be imported; nothing of it was stored."""


class FlyerFormatError(OrganiserError):
    """A flyer file or document is invalid (names the file and the field)."""


class RenderError(OrganiserError):
    """A flyer could not be rendered or exported; no partial file was left."""


class NotFound(OrganiserError):
    """A source, statement or flyer id does not exist in the corpus."""
