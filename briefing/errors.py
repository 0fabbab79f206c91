"""Errors the user sees as one line: bad usage, bad configuration, a missing corpus."""

from __future__ import annotations


class BriefingError(Exception):
    """A problem the user can fix; the CLI prints it as one line and exits with `exit_code`."""

    exit_code = 1


class UsageError(BriefingError):
    exit_code = 2


class ConfigError(BriefingError):
    exit_code = 2
