"""innodraft.lint."""
