"""Extractors from article text to records: key quotes and sanctions, with provenance."""

from briefing.extract.quotes import find_quotes, merge_quotes
from briefing.extract.sanctions import find_sanctions, sanction_timeline

__all__ = ["find_quotes", "find_sanctions", "merge_quotes", "sanction_timeline"]
