"""The one error base class: every error raised on purpose has a stable `code` and a message for a
person. Interfaces map codes to exit statuses and HTTP statuses in one place."""
from __future__ import annotations


class PharmalensError(Exception):
    code = "error"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return self.message


class NonFiniteNumber(PharmalensError, ValueError):
    """A number that is infinite or not a number, refused wherever records are serialised or stored."""

    code = "non_finite_number"


class NotFound(PharmalensError):
    """Something a person named (a document, a file) that does not exist."""

    code = "not_found"


class InvalidInput(PharmalensError):
    """A value a person gave (an option, a URL, a file they keep) that cannot be used as it is."""

    code = "invalid_input"
