"""The records every layer produces and every view reads.

All records are frozen dataclasses; `dataclasses.asdict` of a record is its JSON form (dates become
ISO strings through `briefing.views.jsonout`). Every record that comes from text carries
provenance: the article id, the sentence index and a character span into `Article.text`, so a view
can jump from a summary line, a quote or a sanction back to the sentence it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Where an article's publication date came from.
DATE_SOURCES = ("metadata", "text", "url", "none")

# What a line of a raw document was found to be.
LINE_ROLES = ("headline", "byline", "date", "outlet", "section", "standfirst", "subhead", "body", "furniture")


@dataclass(frozen=True)
class Line:
    """One line of the document as loaded, with what the loader decided it is.

    `start`/`end` are offsets into the document's raw text. Furniture lines keep `reason`, the
    rule that set them aside, so a view can show what was removed and why.
    """

    number: int
    start: int
    end: int
    text: str
    role: str
    reason: str = ""


@dataclass(frozen=True)
class Article:
    """One news article: metadata, the cleaned body and everything set aside while cleaning.

    `text` is the body only: paragraphs separated by a blank line, headline, byline, dateline and
    furniture removed. Sentence offsets point into it.
    """

    id: str
    path: str
    title: str
    source: str
    published: date | None
    date_source: str
    text: str
    url: str = ""
    author: str = ""
    dateline: str = ""
    lines: tuple[Line, ...] = ()
    warnings: tuple[str, ...] = ()
    content_hash: str = ""

    @property
    def furniture(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if line.role == "furniture")

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p.strip()]


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article body. `date` is the event date it talks about, else the article's."""

    article: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    date: date | None = None


@dataclass(frozen=True)
class EntityMention:
    """A span of text naming a person, organization, place or other thing."""

    start: int
    end: int
    text: str
    kind: str  # person, organization, place, other
    canonical: str
    affiliation: str = ""


@dataclass(frozen=True)
class DateMention:
    """A date expression resolved against a publication date to a day or a range of days."""

    start: int
    end: int
    text: str
    start_date: date
    end_date: date


@dataclass(frozen=True)
class Provenance:
    """Where a record was found: article, sentence index and span into `Article.text`."""

    article: str
    sentence: int
    start: int
    end: int
    source: str = ""
    date: date | None = None


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str
    speaker_kind: str  # person, organization, none
    affiliation: str
    article: str
    sentence: int
    start: int
    end: int
    date: date | None
    sources: tuple[Provenance, ...] = ()


@dataclass(frozen=True)
class Sanction:
    by: tuple[str, ...]
    targets: tuple[str, ...]
    measure: str
    status: str  # threatened, considered, proposed, announced, imposed, lifted, rejected
    conditional: str
    date: date | None
    evidence: str
    article: str
    sentence: int
    start: int
    end: int
    sources: tuple[Provenance, ...] = ()


@dataclass(frozen=True)
class SummaryLine:
    """One line of an extractive summary with its score and every source that carried it."""

    text: str
    score: float
    article: str
    sentence: int
    start: int
    end: int
    date: date | None
    source: str = ""
    sources: tuple[Provenance, ...] = field(default_factory=tuple)
    new: bool = False

    @property
    def corroboration(self) -> int:
        return max(1, len({p.source or p.article for p in self.sources}))
