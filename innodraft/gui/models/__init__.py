"""Qt item models (no widgets) of the desktop app."""
