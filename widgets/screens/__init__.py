"""The dashboard's screens: main, actor drill-down, article, help."""
