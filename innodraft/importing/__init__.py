"""innodraft.importing."""
