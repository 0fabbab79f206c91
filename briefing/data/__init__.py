"""Word lists and rules the engine reads: data, not code."""
