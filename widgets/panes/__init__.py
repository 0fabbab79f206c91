"""One widget per pane of the dashboard."""
