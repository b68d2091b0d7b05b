"""One error type with codes, so every failure reaches the user as one clear line.

Modelled on spaCy's coded errors: the code lets a user search the docs, the message
says what happened and what to do.
"""

from __future__ import annotations


class LagebildError(Exception):
    """An error meant for the user: printed as one line, never as a traceback."""

    code: str = "E000"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"[{self.code}] {where}{self.message}"


class InputError(LagebildError):
    """The input could not be read as an article (empty, binary, too large, malformed)."""

    code = "E001"


class EncodingError(InputError):
    code = "E002"


class FormatError(InputError):
    """The input looks like the named format but is malformed."""

    code = "E003"


class UsageError(LagebildError):
    """A command-line argument or option is wrong."""

    code = "E010"


class ModelError(LagebildError):
    """A model could not be loaded."""

    code = "E020"


class StoreError(LagebildError):
    code = "E030"
