"""innodraft.export."""
