"""Build a hostile/broken corpus in a temporary folder (no binaries are checked in).

Reusable by any test: `build_hostile_corpus(tmp_path)` writes the files and returns a `HostileCorpus`
describing them, so the CLI, export and TUI tests can all assert the same things about the same input.

The corpus holds, beside two ordinary articles that must always load:
- articles whose title, outlet and text carry Rich/Textual markup, ANSI/OSC escape sequences, other
  control characters and bidi overrides (`MARKUP`, `ESCAPES`);
- broken files: binary, invalid UTF-8 (cp1252), UTF-16, empty, a JSONL file with one malformed line,
  JSON with missing/wrong-typed fields, an unparseable date, a symlink loop, deeply nested folders.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

# Markup a Rich/Textual renderer would interpret if corpus text ever reached it as markup.
MARKUP = ("[bold red]", "[link=file:///etc/passwd]", "[@click=app.quit]", "[/]")
# Terminal escape sequences: clear screen, OSC 52 clipboard write, OSC 8 hyperlink, window title change.
ESC, BEL = "\x1b", "\x07"
CLEAR_SCREEN = f"{ESC}[2J{ESC}[H"
CLIPBOARD = f"{ESC}]52;c;cm0gLXJmIH4K{BEL}"
HYPERLINK = f"{ESC}]8;;http://evil.example/{ESC}\\click me{ESC}]8;;{ESC}\\"
TITLE_CHANGE = f"{ESC}]0;pwned{BEL}"
RTL_OVERRIDE = "\u202e"
OTHER_CONTROLS = "\x08\x0b\x7f\x9b"  # backspace, vertical tab, DEL, C1 CSI (NUL only in JSON: in a .txt it is binary)
ESCAPES = (CLEAR_SCREEN, CLIPBOARD, HYPERLINK, TITLE_CHANGE, RTL_OVERRIDE)
# Characters that must never reach a terminal raw from corpus text.
FORBIDDEN = (ESC, BEL, RTL_OVERRIDE, "\x00", "\x08", "\x7f", "\x9b")

GOOD_BODY = (
    "The finance ministers of several countries met on Tuesday to discuss the price of grain and the "
    "shipping routes that carry it across the sea.",
    "Officials said the talks would continue next week, and that no agreement had been reached on the "
    "question of export quotas for the coming season.",
)


@dataclass
class HostileCorpus:
    root: Path
    good_ids: list[str] = field(default_factory=list)  # articles that must load whatever else is broken
    hostile_ids: list[str] = field(default_factory=list)  # articles carrying markup/escapes
    broken: dict[str, str] = field(default_factory=dict)  # file name -> what is wrong with it
    jsonl_bad_line: int = 0


def hostile_title() -> str:
    return f"{MARKUP[0]}Breaking{MARKUP[3]} {TITLE_CHANGE}news {RTL_OVERRIDE}txt.exe"


def hostile_outlet() -> str:
    return f"{MARKUP[1]}Evil Times{MARKUP[3]}{CLIPBOARD}"


def hostile_text() -> str:
    return (
        f"The minister said {MARKUP[0]}nothing{MARKUP[3]} about the {MARKUP[2]}deal{MARKUP[3]} on Monday, "
        f"according to people familiar with the talks.{CLEAR_SCREEN}\n\n"
        f"Officials later published a statement {HYPERLINK} that denied the report and called it a "
        f"fabrication {TITLE_CHANGE} by hostile media.{CLIPBOARD}\n\n"
        f"A spokesman added that the {MARKUP[1]}{RTL_OVERRIDE}gnp.exe{OTHER_CONTROLS} file was not genuine and that "
        f"the ministry would publish its own account of the meeting."
    )


def _good_article(title: str) -> str:
    return f"{title}\n\n" + "\n\n".join(GOOD_BODY) + "\n"


def build_hostile_corpus(root: Path, nesting: int = 60) -> HostileCorpus:
    """Write the hostile corpus under `root` (created if missing) and describe it."""
    root.mkdir(parents=True, exist_ok=True)
    corpus = HostileCorpus(root)

    (root / "good_one.txt").write_text(_good_article("Ministers meet over grain"), encoding="utf-8")
    (root / "good_two.md").write_text("---\ntitle: Talks continue\npublished: 2024-09-10\n---\n"
                                      + "\n\n".join(GOOD_BODY) + "\n", encoding="utf-8")
    corpus.good_ids += ["good_one", "good_two"]

    # Markup and escapes in every field a view shows.
    (root / "hostile.json").write_text(json.dumps({
        "id": "hostile-json", "title": hostile_title(), "source": hostile_outlet(), "author": MARKUP[2] + "Mallory",
        "published": "2024-09-10", "url": "https://example.com/2024/09/10/x", "text": hostile_text() + "\x00",
    }), encoding="utf-8")
    (root / "hostile_text.txt").write_text(f"{hostile_title()}\n\n{hostile_text()}\n", encoding="utf-8")
    corpus.hostile_ids += ["hostile-json", "hostile_text"]
    # A file name that is itself an escape sequence (legal on POSIX), holding binary: its warning must be safe.
    with contextlib.suppress(OSError):
        (root / f"evil{TITLE_CHANGE}.txt").write_bytes(b"\x00\x01\x02" * 100)
        corpus.broken[f"evil{TITLE_CHANGE}.txt"] = "binary, hostile name"

    # Encodings: UTF-16 with BOM and cp1252 (invalid UTF-8) must load; binary must not.
    (root / "utf16.txt").write_bytes(_good_article("Sixteen bit news").encode("utf-16"))
    (root / "legacy.txt").write_bytes(_good_article("Caf\xe9 owners \u201cprotest\u201d").encode("cp1252"))
    corpus.good_ids += ["utf16", "legacy"]
    (root / "binary.txt").write_bytes(bytes(range(256)) * 64)
    corpus.broken["binary.txt"] = "binary"
    (root / "empty.txt").write_bytes(b"")
    corpus.broken["empty.txt"] = "empty"
    (root / "blank.md").write_text("\n   \n\t\n", encoding="utf-8")
    corpus.broken["blank.md"] = "empty"

    # JSONL with one malformed line among good ones.
    rows = [json.dumps({"id": f"row{i}", "title": f"Row {i}", "text": " ".join(GOOD_BODY)}) for i in range(1, 4)]
    rows.insert(1, '{"id": "broken", "text": "unterminated')
    corpus.jsonl_bad_line = 2
    (root / "feed.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    corpus.good_ids += ["row1", "row3", "row2"]
    corpus.broken["feed.jsonl"] = "malformed line"

    # JSON with missing and wrong-typed fields; a date that does not parse.
    (root / "fields.json").write_text(json.dumps([
        {"id": "no-text", "title": "Only a title"},
        {"id": "wrong-types", "title": ["a", 1], "text": " ".join(GOOD_BODY), "published": True, "source": 42},
        {"id": "bad-date", "title": "Bad date", "text": " ".join(GOOD_BODY), "published": "the day after never"},
        "not an object",
        {"id": "text-is-number", "text": 12345},
    ]), encoding="utf-8")
    corpus.good_ids += ["wrong-types", "bad-date"]
    corpus.broken["fields.json"] = "missing/wrong-typed fields"
    (root / "malformed.json").write_text('{"title": "x", "text": "y",,}', encoding="utf-8")
    corpus.broken["malformed.json"] = "malformed JSON"

    # A symlink loop and deeply nested folders.
    loop = root / "loop"
    loop.mkdir(exist_ok=True)
    if not (loop / "again").exists():
        with contextlib.suppress(OSError):  # platforms without symlinks
            (loop / "again").symlink_to(loop, target_is_directory=True)
    deep = root / "deep"
    for level in range(nesting):
        deep = deep / f"d{level}"
    deep.mkdir(parents=True, exist_ok=True)
    (deep / "bottom.txt").write_text(_good_article("News from the bottom"), encoding="utf-8")
    corpus.good_ids.append("bottom")
    return corpus


def snapshot(root: Path) -> dict[str, tuple[int, bytes]]:
    """mtime and bytes of every file under `root` (not following symlinks), to prove nothing was written."""
    state: dict[str, tuple[int, bytes]] = {}
    for folder, dirs, files in os.walk(root):
        for name in files:
            path = Path(folder, name)
            if path.is_symlink():
                continue
            state[str(path)] = (path.stat().st_mtime_ns, path.read_bytes())
        state[folder] = (Path(folder).stat().st_mtime_ns, b"")
        dirs[:] = [d for d in dirs if not Path(folder, d).is_symlink()]
    return state
