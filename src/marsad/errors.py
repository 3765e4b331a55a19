"""Typed errors. Library code raises these; only ``marsad.cli`` turns them into messages and exit codes.

Every error carries a stable ``code`` (searchable, also written into failure records) and the
structured fields needed to act on it (the source, the line, the stage, the bad value).
"""

from __future__ import annotations


class MarsadError(Exception):
    """Base class of every error marsad raises on purpose."""

    code = "marsad_error"

    def __init__(self, message: str, *, code: str | None = None, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.source = source

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"[{self.code}] {where}{self.message}"


class InputError(MarsadError):
    """An input could not be read as a document (not text, empty, malformed, too large ...)."""

    code = "input_error"


class LexiconError(MarsadError):
    """A lexicon or data file is invalid. ``problems`` lists every ``file:line: problem`` found."""

    code = "lexicon_invalid"

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        self.problems = list(problems or [])
        detail = "".join(f"\n  {p}" for p in self.problems)
        super().__init__(message + detail)


class StageError(MarsadError):
    """A pipeline stage failed on a document; names the stage and the document."""

    code = "stage_failed"

    def __init__(self, stage: str, doc_id: str, cause: BaseException) -> None:
        self.stage = stage
        self.doc_id = doc_id
        self.cause = cause
        super().__init__(f"stage '{stage}' failed on document {doc_id}: {type(cause).__name__}: {cause}")


class StoreError(MarsadError):
    """The store could not be opened, migrated or written (bad URL or path, missing driver, server down)."""

    code = "store_error"
