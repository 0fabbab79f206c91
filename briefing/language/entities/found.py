"""A mention as found in one pass over an article, before article-wide merging."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.language.actors import Knowledge


@dataclass(slots=True)
class Found:
    """A mention before merging: its kind and canonical name may still change article-wide."""

    start: int
    end: int
    kind: str
    canonical: str
    affiliation: str = ""
    known: bool = False  # from the gazetteer: its kind is settled
    cue: str = ""  # "title": a person by a title; "the": not a person by "the" before (unless named elsewhere)


def actor_of(f: Found, k: Knowledge) -> str:
    """The actor a mention stands for: its affiliation, or itself when it is a known actor."""
    if f.affiliation:
        return f.affiliation
    return f.canonical if f.canonical in k.actors else ""


def clean(surface: str) -> str:
    """A surface with its white space (line breaks included) collapsed to single spaces."""
    return " ".join(surface.split())
