"""Dialogs, built in code."""
