"""The dashboard (Textual). Only `briefing tui` imports this package, lazily."""

from widgets.app import BriefingApp

__all__ = ["BriefingApp"]
