"""Exceptions of lagebild. Each message says what went wrong and what to do."""

from __future__ import annotations


class LagebildError(Exception):
    """Base class: the CLI turns these into a clean message and exit code 2."""


class QuerySyntaxError(LagebildError):
    """A search query that cannot be understood; the message points at the problem."""


class StoreError(LagebildError):
    """The database cannot be opened or used."""


class NotFound(LagebildError):
    """A requested article, story or entity does not exist."""
