"""Property tests: arbitrary Unicode through clean(), load_file() and the sentence splitter on loaded bodies.

The sentences helper already checks `sentence_spans` on arbitrary strings (tests/test_sentences.py); here it
runs on what the loader produces from arbitrary files, with control characters and odd line breaks.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.corpus.cleaning import clean
from briefing.corpus.loader import load_file
from briefing.language.sentences import sentence_spans

# Arbitrary text, and text built from the pieces that stress the cleaner: line breaks of every kind,
# escapes, bidi controls, furniture words, sentence ends and dates.
PIECES = st.sampled_from([
    "\n", "\r\n", "\r", "\x0b", "\x1c", "\u2028", "\n\n", " ", "\t", "\x1b[2J", "\x1b]0;t\x07", "\u202e", "[bold]",
    "By Ann Lee", "WASHINGTON (AP) — ", "Sep 9, 2024", "Source: AP", "You may also like", "Advertisement",
    "The minister said on Monday that the talks had ended without any agreement.", "“Quote,” he said.", "...",
    "a", "B", "1", ".", "—", "©", "https://e.com/2024/09/10/x", "---", "+++", "#", "é", "中文", "🙂",
])
TEXT = st.text(max_size=300) | st.lists(PIECES, max_size=40).map("".join)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_lines(raw: str, lines) -> None:
    expected = [t for t in raw.splitlines() if t.strip()]
    assert [line.text for line in lines] == expected
    for line in lines:
        assert raw[line.start:line.end] == line.text
        assert (line.role == "furniture") == bool(line.reason)


@SETTINGS
@given(TEXT, st.text(max_size=30), st.text(max_size=20))
def test_clean_accounts_for_every_line(raw: str, title: str, source: str) -> None:
    cleaned = clean(raw, title_hint=title, source_hint=source)
    _check_lines(raw, cleaned.lines)
    body_words = cleaned.body.split()
    source_words = " ".join(line.text for line in cleaned.lines if line.role == "body").split()
    assert set(body_words) <= set(source_words)  # the body is made only of body lines (dateline taken off)


@SETTINGS
@given(TEXT)
def test_load_file_never_raises_and_loses_nothing(raw: str) -> None:
    raw = raw.encode("utf-8", "replace").decode("utf-8")  # surrogates cannot be written
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "doc.txt")
        path.write_text(raw, encoding="utf-8", newline="")
        articles, warnings = load_file(path)
    assert all(w.path == str(path) and "\n" not in w.message for w in warnings)
    if not articles:
        assert warnings  # a file that gives no article always says why
        return
    (article,) = articles
    if not raw.startswith(("---", "+++", "\ufeff")) and "\x00" not in raw:
        _check_lines(raw, article.lines)
    assert article.text.strip() and article.title == " ".join(article.title.split())
    spans = sentence_spans(article.text)
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= len(article.text)
        previous = end
