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
