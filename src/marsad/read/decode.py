"""Turn bytes into text: detect the encoding, refuse what is not text.

Supported: UTF-8, UTF-8 with BOM, UTF-16 (with a BOM, or without one when the byte pattern is clear)
and Windows-1256 (the legacy Arabic code page; detected, with a warning). Anything else, and binary
data, raises :class:`~marsad.errors.InputError` with a code and a message that says what was found.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from marsad.errors import InputError

# Bytes that never occur in text (C0 controls other than tab, newline, form feed, carriage return, escape).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_CONTROL_TABLE = bytes.maketrans(_CONTROL, b"\x00" * len(_CONTROL))

_SIGNATURES = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3", "an SQLite database"),
)


@dataclass(slots=True, frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def _looks_utf16(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when most odd or even bytes are zero (BOM-less UTF-16 of ASCII-heavy
    text), or when the high bytes look like the Arabic block (0x06) in one of the two positions."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    n = min(len(even), len(odd))
    if n == 0:
        return None
    zeros_even = even.count(0) / n
    zeros_odd = odd.count(0) / n
    arabic_even = even.count(6) / n
    arabic_odd = odd.count(6) / n
    if zeros_odd + arabic_odd > 0.6 and zeros_even < 0.1:
        return "utf-16-le"
    if zeros_even + arabic_even > 0.6 and zeros_odd < 0.1:
        return "utf-16-be"
    return None


def _arabic_share(text: str) -> float:
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0600" <= c <= "\u06ff") / len(letters)


def decode_bytes(data: bytes, source: str | None = None) -> Decoded:
    """Decode ``data`` as text, detecting the encoding; raise InputError for binary or undecodable data."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"starts with a UTF-8 byte-order mark but is not valid UTF-8 (byte {exc.start})",
                code="bad_encoding",
                source=source,
            ) from exc
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            raise InputError("starts with a UTF-16 byte-order mark but is not valid UTF-16",
                             code="bad_encoding", source=source) from exc
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"not text: this is {what}", code="not_text", source=source)
    utf16 = _looks_utf16(data)
    if utf16 is not None:
        try:
            return Decoded(data.decode(utf16), utf16, f"no byte-order mark; decoded as {utf16.upper()}")
        except UnicodeDecodeError:
            pass
    sample = data[:65536]
    controls = sample.translate(_CONTROL_TABLE).count(0)
    if controls > max(2, len(sample) // 200):
        raise InputError(
            f"not text: {controls} control or NUL bytes in the first {len(sample)} bytes (a binary file?)",
            code="not_text",
            source=source,
        )
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 (invalid byte at {utf8_error.start}) and not Windows-1256 either",
            code="bad_encoding",
            source=source,
        ) from exc
    if _arabic_share(text) < 0.3:
        raise InputError(
            f"not UTF-8 (invalid byte 0x{data[utf8_error.start]:02x} at {utf8_error.start}); "
            "as Windows-1256 it would not be Arabic text, so the encoding is unknown",
            code="bad_encoding",
            source=source,
        )
    return Decoded(text, "cp1256", "not UTF-8; decoded as Windows-1256 (legacy Arabic code page)")
