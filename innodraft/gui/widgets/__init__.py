"""Reusable widgets: bound fields, editors, panels."""
