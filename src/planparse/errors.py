"""Exceptions planparse raises; the CLI turns each into a one-line message."""


class PlanparseError(Exception):
    """Base class of every error planparse raises on purpose."""


class InputNotFoundError(PlanparseError):
    """The input path does not exist or is not a file."""


class NotAPdfError(PlanparseError):
    """The input is not a PDF file."""


class EncryptedPdfError(PlanparseError):
    """The PDF is encrypted and cannot be read without a password."""


class UnreadablePdfError(PlanparseError):
    """The PDF is damaged or cannot be parsed."""


class DatasetError(PlanparseError):
    """The output is not a dataset planparse can add to (a file, a foreign folder, another
    format or an older layout)."""


class DatasetLockedError(DatasetError):
    """Another run holds the dataset's lock."""


class DocumentError(PlanparseError):
    """One document's rows cannot be written (a value the output cannot hold): that
    document fails, the run goes on."""


def plain_cause(exc: BaseException) -> str:
    """An exception from a PDF library as a short phrase: its kind, and its message cut
    to one line of at most 80 characters (a damaged dictionary's dump can run to
    hundreds)."""
    text = " ".join(str(exc).split())
    text = text if len(text) <= 80 else text[:77] + "..."
    name = exc.__class__.__name__
    return f"{name}: {text}" if text else name
