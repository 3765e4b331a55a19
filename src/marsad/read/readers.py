"""Read documents from files, directories, archives and stdin.

Every reader yields :class:`~marsad.model.Document` objects, or :class:`~marsad.model.Failure`
records for inputs that cannot be read; a bad item never stops the rest of a batch.

Formats: ``.txt`` (one document), ``.jsonl`` (one JSON object per line), ``.json`` (an array of
objects, or one object), ``.html``/``.htm`` (main text extracted with trafilatura), ``.zip`` (its
members, by extension), directories (recursively, in sorted order) and ``-`` (stdin, sniffed).
A record's text is ``text`` (or ``content``); optional fields are ``id``, ``title``, ``date`` (or
``date_extracted``), ``url``, ``source`` (the outlet) and ``author``.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import re
import sys
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from marsad.errors import InputError
from marsad.model import Document, Failure
from marsad.read.decode import decode_bytes

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 5_000_000
"""Default size limit of one document (its UTF-8 bytes): larger ones are refused, not truncated."""

MAX_CONTAINER_BYTES = 1_000_000_000
"""A ``.json`` array is parsed whole; beyond this size it is refused (use JSONL, which is streamed)."""

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".jsonl", ".ndjson", ".json", ".zip"}

_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")

ReadItem = Document | Failure


@dataclass(slots=True)
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES


def content_id(text: str) -> str:
    """A stable id for a document without one: a hash of its text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _failure(source: str, exc: InputError, item_id: str | None = None) -> Failure:
    return Failure(id=item_id or source, source=source, code=exc.code, message=exc.message)


def _check_text(text: str, source: str, opts: ReadOptions) -> None:
    if not text.strip():
        raise InputError("empty document (no text)", code="empty", source=source)
    if len(text) * 4 <= opts.max_bytes:
        return  # no character takes more than four bytes in UTF-8: no need to encode the text to know
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > opts.max_bytes:
        raise InputError(
            f"document is {size:,} bytes, over the limit of {opts.max_bytes:,} (raise it with --max-bytes)",
            code="too_large",
            source=source,
        )


def _iso_date(value: Any) -> str | None:
    if value is None:
        return None
    m = _DATE_RE.match(str(value).strip())
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def document_from_record(record: Any, source: str, opts: ReadOptions) -> Document:
    """Build a Document from one JSON record; raise InputError when it is not usable."""
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}", code="bad_record", source=source)
    text = record.get("text")
    if text is None:
        text = record.get("content")
    if text is None:
        raise InputError("record has no 'text' (or 'content') field", code="missing_text", source=source)
    if not isinstance(text, str):
        raise InputError(f"'text' must be a string, got {type(text).__name__}", code="bad_record", source=source)
    _check_text(text, source, opts)
    raw_id = record.get("id")
    date_value = record.get("date") or record.get("date_extracted") or record.get("published")
    doc = Document(
        id=str(raw_id) if raw_id not in (None, "") else content_id(text),
        text=text,
        source=source,
        title=record.get("title") if isinstance(record.get("title"), str) else None,
        date=_iso_date(date_value),
        url=record.get("url") if isinstance(record.get("url"), str) else None,
        author=record.get("author") if isinstance(record.get("author"), str) else None,
        outlet=record.get("source") if isinstance(record.get("source"), str) else None,
    )
    if date_value and doc.date is None:
        doc.warnings.append(f"date {date_value!r} is not YYYY-MM-DD; ignored")
    return doc


def _document_from_text(text: str, source: str, opts: ReadOptions, warning: str | None) -> Document:
    _check_text(text, source, opts)
    doc = Document(id=content_id(text), text=text, source=source)
    if warning:
        doc.warnings.append(warning)
    return doc


def _read_text_bytes(data: bytes, source: str, opts: ReadOptions) -> Iterator[ReadItem]:
    try:
        if len(data) > opts.max_bytes * 4:  # before decoding: refuse absurd sizes cheaply
            raise InputError(f"file is {len(data):,} bytes, over the limit of {opts.max_bytes:,}",
                             code="too_large", source=source)
        decoded = decode_bytes(data, source)
        if decoded.warning:
            log.warning("%s: %s", source, decoded.warning)
        yield _document_from_text(decoded.text, source, opts, decoded.warning)
    except InputError as exc:
        yield _failure(source, exc)


def _read_html_bytes(data: bytes, source: str, opts: ReadOptions) -> Iterator[ReadItem]:
    try:
        decoded = decode_bytes(data, source)
        text, meta = extract_html(decoded.text, source)
        _check_text(text, source, opts)
        doc = Document(id=content_id(text), text=text, source=source, title=meta.get("title"),
                       date=_iso_date(meta.get("date")), author=meta.get("author"), url=meta.get("url"))
        if decoded.warning:
            doc.warnings.append(decoded.warning)
        yield doc
    except InputError as exc:
        yield _failure(source, exc)


def extract_html(html: str, source: str | None = None) -> tuple[str, dict[str, str | None]]:
    """The main text of an HTML page (boilerplate removed) and its title/date/author when present."""
    import trafilatura

    result = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                         with_metadata=True, favor_recall=True)
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise InputError("no main text found in this HTML page", code="empty", source=source)
    meta = {key: getattr(result, key, None) for key in ("title", "date", "author", "url")}
    return text, meta


def _read_jsonl_lines(lines: Iterable[bytes | str], source: str, opts: ReadOptions) -> Iterator[ReadItem]:
    for lineno, raw in enumerate(lines, start=1):
        where = f"{source}#{lineno}"
        try:
            if isinstance(raw, bytes):
                if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if not raw.strip():
                    continue
                if len(raw) > opts.max_bytes * 4:
                    raise InputError(f"line is {len(raw):,} bytes, over the limit", code="too_large", source=where)
                line = decode_bytes(raw, where).text
            else:
                line = raw
                if not line.strip():
                    continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"malformed JSON: {exc.msg} (column {exc.colno})", code="bad_json",
                                 source=where) from exc
            yield document_from_record(record, where, opts)
        except InputError as exc:
            yield _failure(where, exc)


def _read_jsonl_stream(fh: BinaryIO, source: str, opts: ReadOptions) -> Iterator[ReadItem]:
    head = fh.peek(4096)[:4096] if hasattr(fh, "peek") else b""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (head and _is_utf16(head)):
        try:
            text = decode_bytes(fh.read(), source).text
        except InputError as exc:
            yield _failure(source, exc)
            return
        yield from _read_jsonl_lines(text.splitlines(), source, opts)
    else:
        yield from _read_jsonl_lines(fh, source, opts)


def _is_utf16(head: bytes) -> bool:
    from marsad.read.decode import _looks_utf16

    return _looks_utf16(head) is not None


def _read_json_bytes(data: bytes, source: str, opts: ReadOptions) -> Iterator[ReadItem]:
    try:
        if len(data) > MAX_CONTAINER_BYTES:
            raise InputError(f"JSON file is {len(data):,} bytes; use JSONL for inputs this large",
                             code="too_large", source=source)
        text = decode_bytes(data, source).text
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
                             code="bad_json", source=source) from exc
    except InputError as exc:
        yield _failure(source, exc)
        return
    records = parsed if isinstance(parsed, list) else [parsed]
    for index, record in enumerate(records):
        where = f"{source}#{index}" if isinstance(parsed, list) else source
        try:
            yield document_from_record(record, where, opts)
        except InputError as exc:
            yield _failure(where, exc)


def _dispatch_bytes(data: bytes, source: str, suffix: str, opts: ReadOptions) -> Iterator[ReadItem]:
    if suffix in {".jsonl", ".ndjson"}:
        yield from _read_jsonl_stream(io.BufferedReader(io.BytesIO(data)), source, opts)
    elif suffix == ".json":
        yield from _read_json_bytes(data, source, opts)
    elif suffix in HTML_SUFFIXES:
        yield from _read_html_bytes(data, source, opts)
    else:
        yield from _read_text_bytes(data, source, opts)


def _read_zip(path: Path, opts: ReadOptions) -> Iterator[ReadItem]:
    source = str(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        yield _failure(source, InputError(f"cannot open ZIP archive: {exc}", code="read_error", source=source))
        return
    with archive:
        for name in sorted(archive.namelist()):
            suffix = Path(name).suffix.lower()
            if name.endswith("/") or suffix not in KNOWN_SUFFIXES - {".zip"} or Path(name).name.startswith("."):
                continue
            member = f"{source}!{name}"
            try:
                data = archive.read(name)
            except (zipfile.BadZipFile, OSError) as exc:
                yield _failure(member, InputError(f"cannot read archive member: {exc}", code="read_error"))
                continue
            yield from _dispatch_bytes(data, member, suffix, opts)


def _read_file(path: Path, opts: ReadOptions) -> Iterator[ReadItem]:
    source = str(path)
    suffix = path.suffix.lower()
    if suffix == ".zip":
        yield from _read_zip(path, opts)
        return
    try:
        if suffix in {".jsonl", ".ndjson"}:
            with path.open("rb") as fh:
                yield from _read_jsonl_stream(fh, source, opts)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield _failure(source, InputError(f"cannot read: {exc.strerror or exc}", code="read_error", source=source))
        return
    yield from _dispatch_bytes(data, source, suffix, opts)


def _sniff_stdin(data: bytes, opts: ReadOptions) -> Iterator[ReadItem]:
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"["):
        yield from _read_json_bytes(data, "<stdin>", opts)
    elif stripped.startswith(b"{"):
        yield from _read_jsonl_lines(data.splitlines(), "<stdin>", opts)
    elif stripped.lower().startswith((b"<!doctype html", b"<html")):
        yield from _read_html_bytes(data, "<stdin>", opts)
    else:
        yield from _read_text_bytes(data, "<stdin>", opts)


def iter_files(path: Path) -> Iterator[Path]:
    """Files under a directory with a known suffix, recursively, in a deterministic (sorted) order."""
    for child in sorted(path.rglob("*"), key=lambda p: p.relative_to(path).as_posix()):
        rel = child.relative_to(path).parts
        if any(part.startswith(".") for part in rel):
            continue
        if child.is_file() and child.suffix.lower() in KNOWN_SUFFIXES:
            yield child


def read_inputs(paths: Iterable[str | Path], opts: ReadOptions | None = None,
                stdin: BinaryIO | None = None) -> Iterator[ReadItem]:
    """Yield a Document or a Failure for every document in ``paths`` (files, directories, ``-``)."""
    opts = opts or ReadOptions()
    for raw in paths:
        if str(raw) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _sniff_stdin(stream.read(), opts)
            continue
        path = Path(raw)
        if path.is_dir():
            found = False
            for file in iter_files(path):
                found = True
                yield from _read_file(file, opts)
            if not found:
                log.warning("%s: no readable files (.txt .jsonl .json .html .zip) in this directory", path)
        elif path.exists():
            yield from _read_file(path, opts)
        else:
            yield Failure(id=str(path), source=str(path), code="not_found", message="no such file or directory")


def read_text(text: str, *, id: str | None = None, title: str | None = None, date: str | None = None,
              source: str | None = None, opts: ReadOptions | None = None) -> Document:
    """A Document from a Python string (the library's entry point for text already in memory)."""
    opts = opts or ReadOptions()
    _check_text(text, source or "<text>", opts)
    return Document(id=id or content_id(text), text=text, source=source, title=title, date=_iso_date(date))
