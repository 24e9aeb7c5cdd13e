"""innodraft.procedure."""
