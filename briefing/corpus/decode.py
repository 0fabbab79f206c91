"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32 with BOM, cp1252 for legacy files."""

from __future__ import annotations

import codecs


class UndecodableError(ValueError):
    """The bytes are binary or in no encoding we accept."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> tuple[str, str]:
    """Decode `data`, returning (text, encoding name). Raises UndecodableError for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise UndecodableError(f"invalid {encoding} after its byte-order mark ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise UndecodableError("binary file (NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise UndecodableError("not UTF-8, UTF-16 or cp1252 text") from None
    if _looks_binary(text):
        raise UndecodableError("binary file (mostly control characters)")
    return text, "cp1252"


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    return controls / len(sample) > 0.05
