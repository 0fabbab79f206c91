"""Views of the briefing model: CLI tables, JSON, Markdown and HTML exports."""
