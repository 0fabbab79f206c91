"""Corpus loading: decode files, read records in several formats, set furniture aside, date articles."""
