"""Make corpus text safe to show in a terminal: text from a corpus is data, never control.

Control characters (C0, C1, DEL), which carry ANSI/OSC escape sequences, and bidirectional
overrides are replaced by visible placeholders, so an article can neither clear the screen, set the
window title, write the clipboard, hyperlink, nor reorder what the reader sees. Markup is a
separate concern: views never pass corpus text to a markup parser (the TUI builds `Text` objects).
"""

from __future__ import annotations

import re

# Bidirectional embedding/override/isolate controls and marks that can reorder displayed text.
_BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
_UNSAFE = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_NEWLINES = re.compile(r"[\r\n\t\x0b\x0c\u2028\u2029]+")


def _placeholder(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control pictures": ␛ for ESC, ␇ for BEL …
    if code == 0x7F:
        return "\u2421"
    return f"<U+{code:04X}>"


def terminal_safe(text: str) -> str:
    """`text` with every control and bidi character shown as a visible placeholder; newlines kept."""
    return _UNSAFE.sub(_placeholder, text.replace("\r\n", "\n").replace("\r", "\n"))


def one_line(text: str) -> str:
    """`terminal_safe` text folded onto one line, for table cells and list rows."""
    return terminal_safe(_NEWLINES.sub(" ", text)).strip()
